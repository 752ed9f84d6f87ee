#include "actorgraph/actor_graph.h"
