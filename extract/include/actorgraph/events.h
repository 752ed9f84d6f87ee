// The events model: actors and typed, dated interactions. It is the output of
// extraction and the only input of the graph module; its JSON form (see
// ../shared/spec/interactions.md) can be edited by hand and read back.

#ifndef ACTORGRAPH_EVENTS_H_
#define ACTORGRAPH_EVENTS_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "actorgraph/document.h"
#include "actorgraph/status.h"

namespace actorgraph {

enum class ActorKind { kPerson, kOrganization, kCountry, kEvent };

enum class InteractionType {
  kMeeting, kCall, kVisit, kParticipation, kPraise,
  kCriticism, kInvitation, kCooperation, kSanction,
};
constexpr int kInteractionTypeCount = 9;

const char* ToString(ActorKind kind);             // "person", ...
const char* ToString(InteractionType type);       // "meeting", ...
// Print the names above (for tests and logs).
std::ostream& operator<<(std::ostream& out, ActorKind kind);
std::ostream& operator<<(std::ostream& out, InteractionType type);
bool ParseActorKind(const std::string& s, ActorKind* out);
bool ParseInteractionType(const std::string& s, InteractionType* out);
// meeting, call and cooperation have no direction.
bool IsUndirected(InteractionType type);
// meeting, call and visit: the "who met whom" set.
bool IsContact(InteractionType type);

struct Actor {
  std::string id;  // stable slug, e.g. "ilham-aliyev"
  std::string name;
  ActorKind kind = ActorKind::kPerson;
  std::string country;  // actor id of the country, "" when unknown
  std::string role;     // e.g. "President of Azerbaijan"
  std::string name_ja;  // as a Japanese embassy writes it
  std::vector<std::string> aliases;
};

// One piece of text that supports an interaction.
struct Evidence {
  std::string sentence;
  std::string rule;  // the pattern that fired, e.g. "meeting.met_with"
  int line = 0;
};

struct Interaction {
  InteractionType type = InteractionType::kMeeting;
  std::string source;  // actor id
  std::string target;  // actor id
  IsoDate date;
  std::string place;  // city or region, "" when not named
  std::string document;  // file it was read from
  int item = 0;          // item number in that document
  std::vector<std::string> outlets;
  std::vector<Evidence> evidence;  // at least one when extracted
  std::string cameo;               // e.g. "042"
  std::string plover;              // e.g. "CONSULT"
};

struct Events {
  std::vector<Actor> actors;
  std::vector<Interaction> interactions;
  // Provenance of the documents they came from.
  struct DocumentInfo {
    std::string file;
    IsoDate period_start, period_end;
  };
  std::vector<DocumentInfo> documents;
  std::vector<Warning> warnings;
};

// Writes `events` as the JSON of the spec (pretty, stable key order).
std::string EventsToJson(const Events& events);

// Reads events JSON; errors name `file`, line and column. An interaction whose
// source or target is not among the actors is an error.
Result<Events> EventsFromJson(const std::string& json, const std::string& file);
// The file at `path`: NotFound, IOError (a directory, a failed read) or
// TooLarge (over 256 MiB) at `path`, else as EventsFromJson.
Result<Events> ReadEventsFile(const std::string& path);

// Merges `more` into `into`: actors by id (first definition wins, aliases are
// united), interactions appended, documents appended.
void MergeEvents(Events* into, Events more);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EVENTS_H_
