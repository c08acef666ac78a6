export default defineBackground(() => {
  // Filled in by the extension issue: context menu, commands and the message router.
});
