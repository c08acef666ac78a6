import { tokenize } from './lib/extract/tokenize.ts';
const t = 'Marrow & Salt, the group that owns the restaurant, said in a post';
console.log(tokenize(t).map(x=>x.text).join('|'));
