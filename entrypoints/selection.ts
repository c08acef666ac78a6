/**
 * The selection reader, injected into a tab's frames on the user's click
 * (`scripting.executeScript({ files: ['/selection.js'] })`, see
 * `entrypoints/shared/readSelection.ts`): it answers what `readSelectionInPage` reads.
 * A file rather than a serialised function, because it uses `lib/anchor`.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readSelectionInPage } from './shared/readSelectionInPage';

export default defineUnlistedScript(() => readSelectionInPage());
