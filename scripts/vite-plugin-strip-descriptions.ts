import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Removes the `description` of every react-intl message descriptor from the library build, as
 * babel-plugin-formatjs does in Open edX builds: descriptions are for translators (they stay in
 * the source and in the catalogs' extraction), not for the runtime, and they cost bundle size.
 * Only `messages.ts` files are touched; ids and default messages are kept as they are.
 */
export function stripMessageDescriptions(): Plugin {
  return {
    name: 'fcb:strip-message-descriptions',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/[/\\]src[/\\].*[/\\]messages\.ts$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const removals: Array<[number, number]> = [];
      const visit = (node: ts.Node) => {
        if (
          ts.isPropertyAssignment(node) &&
          ts.isIdentifier(node.name) &&
          node.name.text === 'description' &&
          ts.isObjectLiteralExpression(node.parent) &&
          node.parent.properties.some((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'defaultMessage')
        ) {
          const end = code[node.getEnd()] === ',' ? node.getEnd() + 1 : node.getEnd();
          removals.push([node.getStart(source), end]);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (removals.length === 0) return null;
      let out = code;
      for (const [start, end] of removals.reverse()) out = out.slice(0, start) + out.slice(end);
      return { code: out, map: null };
    },
  };
}
