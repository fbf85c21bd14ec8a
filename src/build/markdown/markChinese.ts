import type { Element, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { chineseRuns } from '../../lib/text/chinese';

/**
 * The Markdown processor's plugin (astro.config.mjs) that marks each run of Chinese in the editors' MDX
 * (the introduction, the commentary) as `<span lang="zh-Hans">`, as MixedText does for text from YAML,
 * so that screen readers and fonts treat it as Chinese. Runs already inside a marked element are left.
 */
export const markChinese: HastPluginDefinition = {
  name: 'mark-chinese',
  text(node, context) {
    const runs = chineseRuns(node.value);
    if (!runs.some((run) => run.chinese)) return;
    const parent = context.parent(node);
    if (parent.type === 'element' && parent.properties['lang'] !== undefined) return;
    const replacement: (Element | Text)[] = runs.map((run) =>
      run.chinese
        ? {
            type: 'element',
            tagName: 'span',
            properties: { lang: 'zh-Hans' },
            children: [{ type: 'text', value: run.text }],
          }
        : { type: 'text', value: run.text },
    );
    context.replaceNode(node, replacement);
  },
};
