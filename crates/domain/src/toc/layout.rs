//! A layered layout of a theory, computed in Rust: activities at the bottom, impact at the top,
//! preconditions in between in as many rows as their chains need; links that skip rows pass
//! through placeholder points so they can be ordered too; rows are ordered by repeated
//! barycenter sweeps, keeping the order with the fewest crossings.

use super::{NodeId, NodeKind, Theory};
use std::collections::BTreeMap;

/// Width of a box.
pub const NODE_WIDTH: f32 = 180.0;
/// Height of a box.
pub const NODE_HEIGHT: f32 = 64.0;
const DUMMY_WIDTH: f32 = 16.0;
const GAP_X: f32 = 24.0;
const GAP_Y: f32 = 64.0;
const MARGIN: f32 = 24.0;
/// Sweeps of the crossing reduction (each goes up and down once).
const SWEEPS: usize = 12;

/// A placed box.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The node.
    pub id: NodeId,
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Row (0 = activities, at the bottom).
    pub layer: usize,
}

/// A drawn link: from the top of the earlier box to the bottom of the later one.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Index of the link in the theory.
    pub link: usize,
    /// The points of the line, first at the source.
    pub points: Vec<(f32, f32)>,
}

/// The whole picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Boxes, in the theory's node order.
    pub nodes: Vec<Placed>,
    /// Lines, in the theory's link order.
    pub routes: Vec<Route>,
    /// Size of the picture.
    pub width: f32,
    /// Size of the picture.
    pub height: f32,
    /// Where the ceiling of accountability is drawn, if any node sits above it.
    pub ceiling_y: Option<f32>,
    /// Crossings left between rows.
    pub crossings: usize,
}

/// The row of every node: activities 0, outputs 1, preconditions from 2 in chain order, then
/// long-term outcomes and impact; empty bands are left out.
pub fn layers(theory: &Theory) -> BTreeMap<NodeId, usize> {
    // Depth of each precondition: the longest chain of preconditions leading to it.
    let intermediate: BTreeMap<NodeId, bool> = theory
        .nodes
        .iter()
        .map(|n| (n.id, n.kind == NodeKind::Intermediate))
        .collect();
    let mut depth: BTreeMap<NodeId, usize> = BTreeMap::new();
    // Relax at most once per node: a theory with a loop (never stored) still terminates.
    for _ in 0..theory.nodes.len() {
        let mut changed = false;
        for link in &theory.links {
            if intermediate.get(&link.from) == Some(&true)
                && intermediate.get(&link.to) == Some(&true)
            {
                let d = depth.get(&link.from).copied().unwrap_or(0) + 1;
                if depth.get(&link.to).copied().unwrap_or(0) < d {
                    depth.insert(link.to, d);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let max_depth = depth.values().copied().max().unwrap_or(0);
    let band = |n: &super::Node| match n.kind {
        NodeKind::Activity => 0,
        NodeKind::Output => 1,
        NodeKind::Intermediate => 2 + depth.get(&n.id).copied().unwrap_or(0),
        NodeKind::LongTerm => 3 + max_depth,
        NodeKind::Impact => 4 + max_depth,
    };
    let raw: BTreeMap<NodeId, usize> = theory.nodes.iter().map(|n| (n.id, band(n))).collect();
    // Leave out empty rows.
    let mut used: Vec<usize> = raw.values().copied().collect();
    used.sort_unstable();
    used.dedup();
    raw.into_iter()
        .map(|(id, l)| (id, used.iter().position(|u| *u == l).unwrap_or(0)))
        .collect()
}

/// A point in a row: a box, or a placeholder a link passes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Vertex {
    Node(NodeId),
    Dummy(usize, usize),
}

/// Crossings between two rows, given the segments as (position below, position above):
/// inversions of the upper positions once sorted by the lower.
fn crossings_between(mut segs: Vec<(usize, usize)>) -> usize {
    segs.sort_unstable();
    let mut uppers: Vec<usize> = segs.into_iter().map(|(_, b)| b).collect();
    count_inversions(&mut uppers)
}

fn count_inversions(v: &mut [usize]) -> usize {
    if v.len() < 2 {
        return 0;
    }
    let mid = v.len() / 2;
    let mut count = count_inversions(&mut v[..mid]) + count_inversions(&mut v[mid..]);
    let mut merged = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if v[i] <= v[j] {
            merged.push(v[i]);
            i += 1;
        } else {
            merged.push(v[j]);
            count += mid - i;
            j += 1;
        }
    }
    merged.extend_from_slice(&v[i..mid]);
    merged.extend_from_slice(&v[j..]);
    v.copy_from_slice(&merged);
    count
}

/// The ordering problem with every vertex as a dense index: rows of indices, each vertex's
/// neighbours in the row below and above, and its current position in its row.
struct Ordering {
    rows: Vec<Vec<usize>>,
    below: Vec<Vec<usize>>,
    above: Vec<Vec<usize>>,
    /// Segments leaving each row upward, as (lower vertex, upper vertex).
    up_segments: Vec<Vec<(usize, usize)>>,
    pos: Vec<usize>,
}

impl Ordering {
    fn renumber(&mut self, row: usize) {
        for (i, v) in self.rows[row].iter().enumerate() {
            self.pos[*v] = i;
        }
    }

    fn crossings(&self) -> usize {
        self.up_segments
            .iter()
            .map(|segs| {
                crossings_between(
                    segs.iter()
                        .map(|(a, b)| (self.pos[*a], self.pos[*b]))
                        .collect(),
                )
            })
            .sum()
    }

    /// Orders a row by the mean position of each vertex's neighbours (below or above);
    /// vertices without neighbours keep their place.
    fn reorder(&mut self, row: usize, from_below: bool) {
        let mut keyed: Vec<(f32, usize, usize)> = self.rows[row]
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let neighbours = if from_below {
                    &self.below[*v]
                } else {
                    &self.above[*v]
                };
                let key = if neighbours.is_empty() {
                    i as f32
                } else {
                    neighbours.iter().map(|n| self.pos[*n]).sum::<usize>() as f32
                        / neighbours.len() as f32
                };
                (key, i, *v)
            })
            .collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        self.rows[row] = keyed.into_iter().map(|(_, _, v)| v).collect();
        self.renumber(row);
    }
}

/// Lays out a theory. The same theory always gives the same picture.
pub fn layout(theory: &Theory) -> Layout {
    let layer_of = layers(theory);
    let rows_count = layer_of.values().copied().max().map_or(0, |m| m + 1);
    let mut vertices: Vec<(Vertex, usize)> = Vec::new();
    let mut index_of: BTreeMap<NodeId, usize> = BTreeMap::new();
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); rows_count];
    for node in &theory.nodes {
        let row = layer_of[&node.id];
        index_of.insert(node.id, vertices.len());
        rows[row].push(vertices.len());
        vertices.push((Vertex::Node(node.id), row));
    }
    // Each link as a chain of vertices, one per row it passes.
    let mut chains: Vec<Vec<usize>> = Vec::with_capacity(theory.links.len());
    for (e, link) in theory.links.iter().enumerate() {
        let (Some(&a), Some(&b)) = (index_of.get(&link.from), index_of.get(&link.to)) else {
            chains.push(Vec::new());
            continue;
        };
        let (ra, rb) = (vertices[a].1, vertices[b].1);
        let mut chain = vec![a];
        for (k, row) in rows.iter_mut().enumerate().take(rb).skip(ra + 1) {
            row.push(vertices.len());
            chain.push(vertices.len());
            vertices.push((Vertex::Dummy(e, k), k));
        }
        chain.push(b);
        chains.push(chain);
    }
    let n = vertices.len();
    let mut order = Ordering {
        below: vec![Vec::new(); n],
        above: vec![Vec::new(); n],
        up_segments: vec![Vec::new(); rows_count],
        pos: vec![0; n],
        rows,
    };
    for chain in &chains {
        for pair in chain.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            // Only links between adjacent rows going up take part in the ordering.
            if vertices[b].1 == vertices[a].1 + 1 {
                order.above[a].push(b);
                order.below[b].push(a);
                order.up_segments[vertices[a].1].push((a, b));
            }
        }
    }
    for row in 0..rows_count {
        order.renumber(row);
    }
    let mut best = order.rows.clone();
    let mut best_count = order.crossings();
    for _ in 0..SWEEPS {
        if best_count == 0 {
            break;
        }
        for row in 1..rows_count {
            order.reorder(row, true);
        }
        for row in (0..rows_count.saturating_sub(1)).rev() {
            order.reorder(row, false);
        }
        let count = order.crossings();
        if count < best_count {
            best_count = count;
            best = order.rows.clone();
        }
    }
    let rows: Vec<Vec<Vertex>> = best
        .iter()
        .map(|r| r.iter().map(|v| vertices[*v].0).collect())
        .collect();
    let chains: Vec<Vec<Vertex>> = chains
        .iter()
        .map(|c| c.iter().map(|v| vertices[*v].0).collect())
        .collect();
    place(theory, &rows, &chains, &layer_of, best_count)
}

fn width_of(v: &Vertex) -> f32 {
    match v {
        Vertex::Node(_) => NODE_WIDTH,
        Vertex::Dummy(..) => DUMMY_WIDTH,
    }
}

fn place(
    theory: &Theory,
    rows: &[Vec<Vertex>],
    chains: &[Vec<Vertex>],
    layer_of: &BTreeMap<NodeId, usize>,
    crossings: usize,
) -> Layout {
    let row_width = |row: &[Vertex]| {
        row.iter().map(width_of).sum::<f32>() + GAP_X * row.len().saturating_sub(1) as f32
    };
    let widest = rows.iter().map(|r| row_width(r)).fold(0.0_f32, f32::max);
    let top_row = rows.len().saturating_sub(1);
    let y_of = |layer: usize| MARGIN + (top_row - layer) as f32 * (NODE_HEIGHT + GAP_Y);
    // Centre of every vertex, rows centred on the widest.
    let mut centre: BTreeMap<Vertex, (f32, f32)> = BTreeMap::new();
    for (layer, row) in rows.iter().enumerate() {
        let mut x = MARGIN + (widest - row_width(row)) / 2.0;
        for v in row {
            let w = width_of(v);
            centre.insert(*v, (x + w / 2.0, y_of(layer) + NODE_HEIGHT / 2.0));
            x += w + GAP_X;
        }
    }
    let nodes = theory
        .nodes
        .iter()
        .map(|n| {
            let (cx, cy) = centre
                .get(&Vertex::Node(n.id))
                .copied()
                .unwrap_or((0.0, 0.0));
            Placed {
                id: n.id,
                x: cx - NODE_WIDTH / 2.0,
                y: cy - NODE_HEIGHT / 2.0,
                layer: layer_of[&n.id],
            }
        })
        .collect();
    let routes = chains
        .iter()
        .enumerate()
        .map(|(link, chain)| {
            let last = chain.len().saturating_sub(1);
            let points = chain
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let (x, y) = *centre.get(v)?;
                    // Leave the source at its top, enter the target at its bottom.
                    let y = if i == 0 {
                        y - NODE_HEIGHT / 2.0
                    } else if i == last {
                        y + NODE_HEIGHT / 2.0
                    } else {
                        y
                    };
                    Some((x, y))
                })
                .collect();
            Route { link, points }
        })
        .collect();
    let above: Option<usize> = theory
        .nodes
        .iter()
        .filter(|n| n.above_ceiling)
        .map(|n| layer_of[&n.id])
        .min();
    let ceiling_y = above
        .filter(|l| *l > 0)
        .map(|l| y_of(l) + NODE_HEIGHT + GAP_Y / 2.0);
    Layout {
        nodes,
        routes,
        // An empty theory still gets a small, valid picture.
        width: (widest + 2.0 * MARGIN).max(NODE_WIDTH + 2.0 * MARGIN),
        height: (rows.len() as f32 * (NODE_HEIGHT + GAP_Y) - GAP_Y + 2.0 * MARGIN)
            .max(NODE_HEIGHT + 2.0 * MARGIN),
        ceiling_y,
        crossings,
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
