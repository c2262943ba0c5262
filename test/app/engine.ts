/** The engine entry points the app tests use, in one place. */
export { analyze } from '../../src/engine/index';
export { SEVERITY_RANK } from '../../src/engine/config/settings';
