import { parse } from 'acorn';

/** A URL written in shipped code, and whether it is only text of an error or console message. */
export interface UrlLiteral {
  url: string;
  /** Inside the arguments of `Error(…)`/`new TypeError(…)`/…, or of `console.*(…)`. */
  inMessage: boolean;
}

/** A URL: scheme, then everything up to a quote, space, bracket or backslash. */
const URL_PATTERN = /https?:\/\/[^\s"'`<>()\\]+/g;

/** Calls whose string arguments are messages for a developer: errors and console output. */
const ERROR_CONSTRUCTOR = /^(?:[A-Z]\w*)?Error$/;

type Node = { type: string; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function isMessageCall(node: Node): boolean {
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return false;
  const callee = node.callee as Node;
  if (callee.type === 'Identifier') return ERROR_CONSTRUCTOR.test(callee.name as string);
  if (callee.type === 'MemberExpression') {
    const object = callee.object as Node;
    return object.type === 'Identifier' && object.name === 'console';
  }
  return false;
}

function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

/**
 * Every URL in the string and template literals of a JavaScript file, found by parsing
 * it (acorn), so a URL is judged by where it stands: a message argument, or anything else
 * (an argument to `fetch`, a constant, data).
 */
export function findUrlLiterals(source: string): UrlLiteral[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node;
  const found: UrlLiteral[] = [];
  const stack: { node: Node; inMessage: boolean }[] = [{ node: program, inMessage: false }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node } = item;
    if (node.type === 'Literal' && typeof node.value === 'string') {
      for (const url of urlsIn(node.value)) found.push({ url, inMessage: item.inMessage });
    } else if (node.type === 'TemplateElement') {
      const value = node.value as { cooked: string | null; raw: string };
      for (const url of urlsIn(value.cooked ?? value.raw))
        found.push({ url, inMessage: item.inMessage });
    }
    if (isMessageCall(node)) {
      stack.push({ node: node.callee as Node, inMessage: item.inMessage });
      for (const arg of node.arguments as Node[]) stack.push({ node: arg, inMessage: true });
      continue;
    }
    // A message is the text itself: a call or function inside a message argument (say,
    // `console.log(fetch(url))`) does its own work and is judged as any other code.
    const inMessage =
      item.inMessage &&
      ![
        'CallExpression',
        'NewExpression',
        'ArrowFunctionExpression',
        'FunctionExpression',
      ].includes(node.type);
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) stack.push({ node: child, inMessage });
      }
    }
  }
  return found;
}

/** URLs anywhere in a non-JavaScript file (HTML, CSS, JSON), for a plain-text scan. */
export function findUrlsInText(text: string): string[] {
  return urlsIn(text);
}
