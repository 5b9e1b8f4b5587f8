import 'i18next';
import { type NAMESPACES, type Namespaces } from './namespaces';

declare module 'i18next' {
  interface CustomTypeOptions {
    // every namespace is bundled and searched: keys of a feature's namespace are `ns:key`
    defaultNS: typeof NAMESPACES;
    resources: Namespaces;
  }
}
