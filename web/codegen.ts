import { codegenConfig } from './codegen.config';

export default codegenConfig;
