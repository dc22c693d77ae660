import ELK from 'elkjs';
import type { ElkFactory, ElkLike, ElkNode } from './elk-types.js';

/** ELK in this process, for Node (tests, scripts, server-side rendering). */
export const nodeElkFactory: ElkFactory = (): ElkLike => {
  const elk = new ELK();
  return { layout: (graph: ElkNode) => elk.layout(graph as never) as unknown as Promise<ElkNode> };
};
