import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n';
import { DEFAULT_SHARE_MESSAGES, DEFAULT_SIGNATURE_MESSAGES } from '../../src/share';

interface Descriptor {
  id: string;
  defaultMessage: string;
  description?: string;
}

/** Every `defineMessages` map in the components, found by file name so none can be forgotten. */
const modules = import.meta.glob<Record<string, unknown>>('../../src/components/**/messages.ts', { eager: true });

function isDescriptor(value: unknown): value is Descriptor {
  return typeof value === 'object' && value !== null && typeof (value as Descriptor).id === 'string' && typeof (value as Descriptor).defaultMessage === 'string';
}

const source = new Map<string, Descriptor>();
for (const mod of Object.values(modules)) {
  for (const exported of Object.values(mod)) {
    if (typeof exported !== 'object' || exported === null) continue;
    for (const entry of Object.values(exported)) if (isDescriptor(entry)) source.set(entry.id, entry);
  }
}

/** Argument names an ICU message uses (`{count}`, `{name}`…), nested ones included. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe('message catalogs', () => {
  it('finds the components’ messages', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    expect(source.size).toBeGreaterThan(20);
  });

  it('namespaces every id and describes every message for translators', () => {
    for (const d of source.values()) {
      expect(d.id, d.id).toMatch(/^frontend-component-badges\.[A-Za-z]+\.[A-Za-z0-9.]+$/);
      expect(d.description, `${d.id} has no description`).toBeTruthy();
      expect(() => parse(d.defaultMessage), d.id).not.toThrow();
    }
  });

  it('gives the share and signature builders the same English templates as the components', () => {
    // The messages are literal for extraction tools; the builders' defaults must not drift from them.
    const english = (id: string) => source.get(`frontend-component-badges.${id}`)?.defaultMessage;
    expect(english('ShareBadgeButton.post')).toBe(DEFAULT_SHARE_MESSAGES.post);
    expect(english('ShareBadgeButton.emailSubject')).toBe(DEFAULT_SHARE_MESSAGES.emailSubject);
    expect(english('ShareBadgeButton.emailBody')).toBe(DEFAULT_SHARE_MESSAGES.emailBody);
    expect(english('EmailSignatureBuilder.alt')).toBe(DEFAULT_SIGNATURE_MESSAGES.alt);
    expect(english('EmailSignatureBuilder.text')).toBe(DEFAULT_SIGNATURE_MESSAGES.text);
  });

  for (const [locale, catalog] of Object.entries(messages)) {
    if (locale === 'en') continue;
    describe(locale, () => {
      it('has every message id, and no id nothing uses', () => {
        const missing = [...source.keys()].filter((id) => !(id in catalog));
        const unused = Object.keys(catalog).filter((id) => !source.has(id));
        expect({ missing, unused }).toEqual({ missing: [], unused: [] });
      });

      it('keeps each message valid ICU with the same arguments as English', () => {
        for (const [id, text] of Object.entries(catalog)) {
          const english = source.get(id);
          if (!english) continue;
          expect(argumentsOf(text), `${locale} ${id}`).toEqual(argumentsOf(english.defaultMessage));
        }
      });

      it('is really translated (at most 10% of messages left identical to English)', () => {
        const same = [...source.values()].filter((d) => catalog[d.id] === d.defaultMessage && /[a-z]{3}/i.test(d.defaultMessage));
        expect(same.length / source.size, same.map((d) => d.id).join(', ')).toBeLessThanOrEqual(0.1);
      });
    });
  }
});
