// Remark plugin: a heading that ends in `{/*#the-id*/}` (written `{#the-id}`
// in the MDX file, see mdx-heading-ids-loader.cjs) gets that id, and the
// comment is dropped. rehype-slug leaves headings that have an id alone, so
// every other heading keeps its slug of the words.
const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

function headingIds(tree) {
  const visit = (node) => {
    if (node.type === 'heading' && Array.isArray(node.children)) {
      const last = node.children.at(-1);
      const match = last && last.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value) : null;
      if (match) {
        node.children.pop();
        const before = node.children.at(-1);
        if (before && before.type === 'text') before.value = before.value.replace(/\s+$/, '');
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

export default function remarkHeadingIds() {
  return headingIds;
}
