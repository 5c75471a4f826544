export { EmailSignatureBuilder } from './EmailSignatureBuilder';
export type { EmailSignatureBuilderProps } from './EmailSignatureBuilder';
