// Private: making arbitrary text safe for each output format, and
// locale-independent number formatting. Every exporter goes through these so
// that a name with '<', '&', quotes, newlines, control characters or invalid
// UTF-8 can never break a file.

#ifndef ACTORGRAPH_EXPORT_TEXT_ESCAPE_H_
#define ACTORGRAPH_EXPORT_TEXT_ESCAPE_H_

#include <string>
#include <string_view>

namespace actorgraph {
namespace export_internal {

// The text with every invalid UTF-8 sequence and every code point XML 1.0
// forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) replaced
// by U+FFFD. Returns `s` unchanged (fast path) when it is already clean.
std::string SanitizeUtf8(std::string_view s);
// Appends SanitizeUtf8(s).
void AppendSanitized(std::string* out, std::string_view s);

// Appends sanitized `s` escaped for XML (and HTML) element content:
// & < > and CR as references.
void AppendXmlText(std::string* out, std::string_view s);
// Appends sanitized `s` escaped for a double- or single-quoted XML attribute
// value: & < > " ' and tab, LF, CR as character references, so parsers keep
// them instead of normalising them to spaces.
void AppendXmlAttribute(std::string* out, std::string_view s);
std::string XmlText(std::string_view s);
std::string XmlAttribute(std::string_view s);

// Appends one RFC 4180 field: quoted (with doubled quotes) when it holds a
// comma, quote, CR, LF or leading/trailing space.
void AppendCsvField(std::string* out, std::string_view s);

// A one-line label for a diagram: sanitized, whitespace runs (including
// newlines and tabs) collapsed to one space, trimmed, cut to `max_chars`
// code points ending in "..." (at least one kept before it), and
// backslashes doubled (Graphviz reads \N, \n, \l in labels as escapes).
std::string DiagramLabel(std::string_view s, int max_chars);

// Shortest text that reads back as the same double, "C" locale, never with a
// comma; "NaN", "INF", "-INF" for non-finite values (xsd:double spelling).
void AppendDouble(std::string* out, double value);
std::string FormatDouble(double value);
void AppendInt(std::string* out, long long value);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_TEXT_ESCAPE_H_
