#include "layout_snap.h"

#include <graphviz/types.h>

#include <cmath>

namespace actorgraph {
namespace export_internal {

namespace {

double Snapped(double v) { return std::round(v * 100.0) / 100.0; }

void Snap(pointf* p) {
  p->x = Snapped(p->x);
  p->y = Snapped(p->y);
}

void Snap(boxf* b) {
  Snap(&b->LL);
  Snap(&b->UR);
}

void Snap(textlabel_t* label) {
  if (label) Snap(&label->pos);
}

void Snap(splines* spl) {
  if (!spl) return;
  for (int i = 0; i < spl->size; ++i) {
    bezier& bz = spl->list[i];
    for (int j = 0; j < bz.size; ++j) Snap(&bz.list[j]);
    Snap(&bz.sp);
    Snap(&bz.ep);
  }
  Snap(&spl->bb);
}

void SnapGraph(Agraph_t* g) {
  Snap(&GD_bb(g));
  Snap(GD_label(g));
  for (int c = 1; c <= GD_n_cluster(g); ++c) SnapGraph(GD_clust(g)[c]);
}

}  // namespace

void SnapLayout(Agraph_t* g) {
  SnapGraph(g);
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    Snap(&ND_coord(n));
    Snap(ND_label(n));
    Snap(ND_xlabel(n));
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      Snap(ED_spl(e));
      Snap(ED_label(e));
      Snap(ED_xlabel(e));
      Snap(ED_head_label(e));
      Snap(ED_tail_label(e));
    }
  }
}

}  // namespace export_internal
}  // namespace actorgraph
