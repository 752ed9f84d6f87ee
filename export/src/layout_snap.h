// Rounds a Graphviz layout to whole hundredths of a point, so that what is
// drawn from it does not depend on the last bits of the layout arithmetic.
#ifndef ACTORGRAPH_EXPORT_LAYOUT_SNAP_H_
#define ACTORGRAPH_EXPORT_LAYOUT_SNAP_H_

#include <graphviz/cgraph.h>

namespace actorgraph {
namespace export_internal {

// Why: neato's coordinates differ from run to run of the same input in their
// last bits (about 1e-12: the order of some sums follows where objects lie
// in memory, and Pango's font-matching threads change that from run to run,
// even with address randomisation off). SVG prints two decimals and never
// shows it, but a glyph whose position falls on half a pixel is drawn one
// pixel left or right, so two PNGs of one week differed. Rounding every
// drawn coordinate (node centres, label centres, edge points, bounding
// boxes) to 0.01 pt after gvLayout() and before rendering makes the
// drawing a function of the rounded layout only. 0.01 pt is what SVG
// prints: its coordinates stay as they were, but for arrowheads (drawn
// from the rounded edge ends), which may move by 0.01.
//
// `g` must have been laid out (gvLayout) and not yet freed (gvFreeLayout).
void SnapLayout(Agraph_t* g);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_LAYOUT_SNAP_H_
