import { Fragment, type ReactNode } from 'react';

/**
 * `fill` for JSX: a dictionary sentence with elements in its placeholders,
 * such as "Call us at {phone}." with the phone as a tap-to-call link, so the
 * word order stays the translation's.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((piece, index) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={index}>{name && name in values ? values[name] : piece}</Fragment>;
  });
}
