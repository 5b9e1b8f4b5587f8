import 'i18next';
import { type NAMESPACES, type Namespaces } from './namespaces';

declare module 'i18next' {
  interface CustomTypeOptions {
    // every namespace is searched (once loaded, i18n.ts `loadTexts`): keys of a feature's are `ns:key`
    defaultNS: typeof NAMESPACES;
    resources: Namespaces;
  }
}
