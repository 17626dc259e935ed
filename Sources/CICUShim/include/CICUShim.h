// CICUShim: plain-named C entry points over the system ICU.
//
// ICU renames every C function with its major version (u_getVersion becomes u_getVersion_72), through
// macros that Swift cannot see through, and some of what Tsuho needs (normalization with an edit map,
// MessageFormat with named arguments) exists only in ICU's C++ API. This header declares small wrappers
// with stable names. It includes no ICU header, so Swift sees only these declarations.
//
// Conventions:
// - UTF-16 text is `uint16_t` (ICU's UChar), UTF-8 text is `char`.
// - Every function that can fail takes `int32_t *errorCode` (ICU's UErrorCode; <= 0 is success,
//   > 0 is failure) and does nothing when it is already a failure on entry.
// - Functions that write text into a caller buffer return the full length needed; when that is larger
//   than the capacity the buffer holds a truncated prefix and the caller calls again with more room.

#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Versions and errors

/// Writes ICU's version as four numbers (major, minor, milli, micro).
void CICUShim_getICUVersion(uint8_t version[4]);

/// Writes the Unicode version of ICU's character data as four numbers.
void CICUShim_getUnicodeVersion(uint8_t version[4]);

/// Returns ICU's name for an error code, such as "U_ILLEGAL_ARGUMENT_ERROR".
const char *CICUShim_errorName(int32_t errorCode);

// MARK: Normalization

/// The normalization forms the shim knows.
enum {
    CICUShim_NFC = 0,
    CICUShim_NFD = 1,
    CICUShim_NFKC = 2,
    CICUShim_NFKD = 3,
    CICUShim_NFKCCasefold = 4,
    /// NFKC applied only to width variants: fullwidth ASCII, halfwidth katakana and Hangul, the
    /// ideographic space and the other U+FF00–U+FFEF forms.
    CICUShim_WidthFold = 5,
};

/// Describes how every BMP code point behaves under a normalization form, for folding that keeps an
/// exact offset map: `flags[c]` bit 0 is set when c always has a normalization boundary before it (text
/// can be normalized in pieces split before c), bit 1 when normalizing c alone changes it, bit 2 when c
/// may combine with what comes before it (quick check "maybe"). `combiningClasses[c]` receives its
/// canonical combining class. For each changed c, `spans[2c]` and `spans[2c+1]` receive the offset and
/// length of its normalized UTF-8 form inside `replacements`. Returns the total replacement byte count,
/// which may exceed `capacity`. `flags` and `combiningClasses` must hold 65536 entries, `spans` 131072.
int32_t CICUShim_foldTable(int32_t form, uint8_t *flags, uint8_t *combiningClasses, int32_t *spans,
                           char *replacements, int32_t capacity, int32_t *errorCode);

/// Returns the flags of one code point under a form: bit 0 set when it always has a normalization
/// boundary before it, bit 1 when it is inert (unchanged and never interacting with its neighbours).
int32_t CICUShim_normalizationFlags(int32_t form, int32_t codePoint, int32_t *errorCode);

/// Normalizes UTF-8 text into `destination` and returns the needed byte length (see the conventions).
int32_t CICUShim_normalizeUTF8(int32_t form, const char *source, int32_t length, char *destination,
                               int32_t capacity, int32_t *errorCode);

/// Returns 1 when UTF-8 text is already in the given form, else 0 (a quick check that falls back to a
/// full check where the quick one cannot decide).
int32_t CICUShim_isNormalizedUTF8(int32_t form, const char *source, int32_t length, int32_t *errorCode);

// MARK: Transliteration

/// Compiles a transliterator from an ICU transform id ("Katakana-Latin", "Any-Latin; Latin-ASCII").
/// Returns NULL and sets `errorCode` when the id is unknown; `parseOffset` receives the offset of a
/// syntax error in the id, or -1. Free with `CICUShim_transliteratorClose`.
void *CICUShim_transliteratorOpen(const uint16_t *id, int32_t idLength, int32_t *parseOffset,
                                  int32_t *errorCode);

/// Returns an independent copy of a compiled transliterator (cheaper than compiling the id again).
void *CICUShim_transliteratorClone(const void *transliterator, int32_t *errorCode);

/// Transliterates UTF-16 text into `destination` and returns the needed length in UTF-16 units.
int32_t CICUShim_transliterate(void *transliterator, const uint16_t *text, int32_t length,
                               uint16_t *destination, int32_t capacity, int32_t *errorCode);

/// Frees a transliterator. NULL is allowed.
void CICUShim_transliteratorClose(void *transliterator);

// MARK: Break iteration

/// The break iterator kinds.
enum {
    CICUShim_WordBreaks = 1,
    CICUShim_SentenceBreaks = 3,
};

/// Opens a break iterator of a kind for an ICU locale id. Free with `CICUShim_breakIteratorClose`.
void *CICUShim_breakIteratorOpen(int32_t kind, const char *locale, int32_t *errorCode);

/// Returns an independent copy of a break iterator.
void *CICUShim_breakIteratorClone(const void *iterator, int32_t *errorCode);

/// Finds the boundaries of UTF-16 text. Writes up to `capacity` boundaries (UTF-16 offsets, the first
/// is 0 and the last is `length`) and, for word breaks, the rule status of the segment that ends at
/// each boundary (ICU's UWordBreak: 0 none, 100 number, 200 letter, 300 kana, 400 ideograph).
/// Returns the number of boundaries found, which may exceed `capacity`.
int32_t CICUShim_breakIteratorBoundaries(void *iterator, const uint16_t *text, int32_t length,
                                         int32_t *boundaries, int32_t *statuses, int32_t capacity,
                                         int32_t *errorCode);

/// Frees a break iterator. NULL is allowed.
void CICUShim_breakIteratorClose(void *iterator);

// MARK: Scripts

/// Returns the ICU script code (UScriptCode) of a code point.
int32_t CICUShim_scriptOf(int32_t codePoint, int32_t *errorCode);

/// Returns 1 when a code point's Script_Extensions contain the script.
int32_t CICUShim_scriptExtensionsContain(int32_t codePoint, int32_t script);

/// Returns the ISO 15924 code of a script ("Hira").
const char *CICUShim_scriptCode(int32_t script);

/// Returns the Unicode property value name of a script ("Hiragana").
const char *CICUShim_scriptName(int32_t script);

/// Returns the ICU script code of an ISO 15924 code or name, or -1 when there is none.
int32_t CICUShim_scriptFromCode(const char *code);

/// Returns the general category (UCharCategory) of a code point.
int32_t CICUShim_generalCategory(int32_t codePoint);

// MARK: Locales

/// Converts a BCP 47 language tag to an ICU locale id, checks that ICU has data for it, and returns
/// the needed length of the id. `errorCode` is U_ILLEGAL_ARGUMENT_ERROR (1) for a malformed tag and
/// U_MISSING_RESOURCE_ERROR (2) when ICU only has root data for it.
int32_t CICUShim_localeFromLanguageTag(const char *tag, char *destination, int32_t capacity,
                                       int32_t *errorCode);

// MARK: Spoof checking

/// Checks one word with ICU's spoof checker at the "highly restrictive" level (one script, or the
/// combinations Japanese, Chinese and Korean use with Latin) plus mixed digit systems. Returns ICU's
/// failed-check bits, 0 when the word passes.
int32_t CICUShim_spoofCheck(const uint16_t *word, int32_t length, int32_t *errorCode);

// MARK: MessageFormat

/// Compiles an ICU MessageFormat pattern for a locale. On a syntax error returns NULL and writes the
/// offset of the error (UTF-16 units) into `errorOffset`. Free with `CICUShim_messageFormatClose`.
void *CICUShim_messageFormatOpen(const char *locale, const uint16_t *pattern, int32_t length,
                                 int32_t *errorOffset, int32_t *errorCode);

/// Returns the number of distinct argument names of a compiled pattern. With `index` >= 0, writes the
/// name at that index into `destination` and returns its needed length instead.
int32_t CICUShim_messageFormatArgumentName(const void *format, int32_t index, uint16_t *destination,
                                           int32_t capacity, int32_t *errorCode);

/// Formats a compiled pattern with named arguments. `kinds[i]` is 0 for a string argument (read from
/// `strings[i]` and `stringLengths[i]`) and 1 for a number (read from `numbers[i]`). Writes the result
/// into `destination` and returns its needed length.
int32_t CICUShim_messageFormatFormat(const void *format, int32_t count, const uint16_t *const *names,
                                     const int32_t *nameLengths, const int32_t *kinds,
                                     const double *numbers, const uint16_t *const *strings,
                                     const int32_t *stringLengths, uint16_t *destination,
                                     int32_t capacity, int32_t *errorCode);

/// Frees a compiled pattern. NULL is allowed.
void CICUShim_messageFormatClose(void *format);

#ifdef __cplusplus
}
#endif

#endif
