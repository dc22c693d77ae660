/** The subset of ELK's JSON graph format we send and read (elkjs's own types stay out of the API). */
export type LayoutOptions = Record<string, string>;

export interface ElkPort {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: LayoutOptions;
}

export interface ElkPoint {
  x: number;
  y: number;
}

export interface ElkEdgeSection {
  id?: string;
  startPoint: ElkPoint;
  endPoint: ElkPoint;
  bendPoints?: ElkPoint[];
}

export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  sections?: ElkEdgeSection[];
  layoutOptions?: LayoutOptions;
}

export interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkNode[];
  ports?: ElkPort[];
  edges?: ElkEdge[];
  layoutOptions?: LayoutOptions;
}

/** What can lay out a graph: elkjs in a worker, elkjs in-process, or a recording double. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** Gives the ELK to use; called only when a graph has no precomputed layout. */
export type ElkFactory = () => ElkLike | Promise<ElkLike>;
