export { buildModel, predefinedArgs, PREDEFINED_ARG_NAMES } from './model.js';
export type {
  BaseReference,
  ExternalSource,
  GlobalArg,
  InstructionContext,
  ModelOptions,
  SemanticModel,
  Stage,
  StageEdge,
  StageEdgeKind,
} from './model.js';
export { envFromPairs, expandWord, expandWords, findVariableReferences } from './expand.js';
export { ScopeMap, ScopeSet } from './scope.js';
export type { ExpandEnv, ExpandOptions, ExpandResult, ExpandWordsResult, VariableReference } from './expand.js';
