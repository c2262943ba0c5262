export { parseDockerfile } from './parser.js';
export { dumpBuildkit, goQuote } from './dump.js';
export { chompHeredocContent, findHeredocMarkers, parseHeredocWord } from './heredoc.js';
export { mapToSource } from './joined.js';
export { isGoSpace } from './chars.js';
export type * from './types.js';
export { detectDirective, type DetectedDirective } from './directives.js';
