#include "actorgraph/events.h"

#include <algorithm>
#include <map>
#include <ostream>

namespace actorgraph {

namespace {
const char* const kKindNames[] = {"person", "organization", "country", "event"};
const char* const kTypeNames[] = {"meeting",   "call",       "visit",       "participation", "praise",
                                  "criticism", "invitation", "cooperation", "sanction"};
}  // namespace

const char* ToString(ActorKind kind) { return kKindNames[static_cast<int>(kind)]; }
const char* ToString(InteractionType type) { return kTypeNames[static_cast<int>(type)]; }

std::ostream& operator<<(std::ostream& out, ActorKind kind) { return out << ToString(kind); }
std::ostream& operator<<(std::ostream& out, InteractionType type) { return out << ToString(type); }

bool ParseActorKind(const std::string& s, ActorKind* out) {
  for (int i = 0; i < 4; ++i) {
    if (s == kKindNames[i]) {
      *out = static_cast<ActorKind>(i);
      return true;
    }
  }
  return false;
}

bool ParseInteractionType(const std::string& s, InteractionType* out) {
  for (int i = 0; i < kInteractionTypeCount; ++i) {
    if (s == kTypeNames[i]) {
      *out = static_cast<InteractionType>(i);
      return true;
    }
  }
  return false;
}

bool IsUndirected(InteractionType type) {
  return type == InteractionType::kMeeting || type == InteractionType::kCall ||
         type == InteractionType::kCooperation;
}

bool IsContact(InteractionType type) {
  return type == InteractionType::kMeeting || type == InteractionType::kCall ||
         type == InteractionType::kVisit;
}

void MergeEvents(Events* into, Events more) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < into->actors.size(); ++i) index[into->actors[i].id] = i;
  for (Actor& actor : more.actors) {
    auto it = index.find(actor.id);
    if (it == index.end()) {
      index[actor.id] = into->actors.size();
      into->actors.push_back(std::move(actor));
      continue;
    }
    Actor& kept = into->actors[it->second];
    for (std::string& alias : actor.aliases) {
      if (std::find(kept.aliases.begin(), kept.aliases.end(), alias) == kept.aliases.end())
        kept.aliases.push_back(std::move(alias));
    }
    if (kept.name_ja.empty()) kept.name_ja = std::move(actor.name_ja);
    if (kept.country.empty()) kept.country = std::move(actor.country);
    if (kept.role.empty()) kept.role = std::move(actor.role);
  }
  for (Interaction& i : more.interactions) into->interactions.push_back(std::move(i));
  for (auto& d : more.documents) into->documents.push_back(std::move(d));
  for (Warning& w : more.warnings) into->warnings.push_back(std::move(w));
}

}  // namespace actorgraph
