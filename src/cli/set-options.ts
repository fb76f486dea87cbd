// `explain --set CODE=VALUE`, split into code and value; one without "=" or a code is a usage error.
import type { Lang } from '../report/messages/index.js';
import { usageMessage } from '../report/messages/usage.js';
import { splitSetOption, type SetOption } from '../sheets/read-set-values.js';
import { UsageError } from './usage-error.js';

export function parseSetOptions(texts: readonly string[], lang: Lang): SetOption[] {
  return texts.map((text) => {
    const option = splitSetOption(text);
    if (!option) throw new UsageError(usageMessage('set', text, lang));
    return option;
  });
}
