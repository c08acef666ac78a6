/** A role or title without its leading article: "the party's leader" → "party's leader". */
export const withoutArticle = (text: string): string => text.replace(/^(?:the|a|an)\s+/i, '');
