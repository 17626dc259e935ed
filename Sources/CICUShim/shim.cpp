// Plain-named wrappers over ICU's C and C++ APIs; see include/CICUShim.h for the contract.

#include "CICUShim.h"

#include <cstring>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/uniset.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be a 16-bit code unit");
static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must fit an int32_t");

namespace {

UErrorCode toICU(const int32_t *code) { return static_cast<UErrorCode>(*code); }

void store(int32_t *target, UErrorCode code) { *target = static_cast<int32_t>(code); }

/// Copies UTF-16 text into a caller buffer and returns the needed length.
int32_t copyOut(const icu::UnicodeString &text, uint16_t *destination, int32_t capacity) {
    int32_t length = text.length();
    int32_t count = length < capacity ? length : capacity;
    if (count > 0 && destination != nullptr) {
        text.extract(0, count, reinterpret_cast<UChar *>(destination));
    }
    return length;
}

/// Copies bytes into a caller buffer and returns the needed length.
int32_t copyOut(const std::string &bytes, char *destination, int32_t capacity) {
    int32_t length = static_cast<int32_t>(bytes.size());
    int32_t count = length < capacity ? length : capacity;
    if (count > 0 && destination != nullptr) {
        std::memcpy(destination, bytes.data(), static_cast<size_t>(count));
    }
    return length;
}

/// NFKC restricted to the width variants (U+3000 and the Halfwidth and Fullwidth Forms block).
const icu::Normalizer2 *widthFoldInstance(UErrorCode &status) {
    static UErrorCode initStatus = U_ZERO_ERROR;
    static icu::UnicodeSet *widthSet = nullptr;
    static icu::FilteredNormalizer2 *instance = [] {
        const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(initStatus);
        if (U_FAILURE(initStatus)) {
            return static_cast<icu::FilteredNormalizer2 *>(nullptr);
        }
        widthSet = new icu::UnicodeSet(UNICODE_STRING_SIMPLE("[\\u3000\\uFF00-\\uFFEF]"), initStatus);
        if (U_FAILURE(initStatus)) {
            return static_cast<icu::FilteredNormalizer2 *>(nullptr);
        }
        widthSet->freeze();
        return new icu::FilteredNormalizer2(*nfkc, *widthSet);
    }();
    if (U_FAILURE(initStatus)) {
        status = initStatus;
        return nullptr;
    }
    return instance;
}

const icu::Normalizer2 *normalizerFor(int32_t form, UErrorCode &status) {
    switch (form) {
    case CICUShim_NFC: return icu::Normalizer2::getNFCInstance(status);
    case CICUShim_NFD: return icu::Normalizer2::getNFDInstance(status);
    case CICUShim_NFKC: return icu::Normalizer2::getNFKCInstance(status);
    case CICUShim_NFKD: return icu::Normalizer2::getNFKDInstance(status);
    case CICUShim_NFKCCasefold: return icu::Normalizer2::getNFKCCasefoldInstance(status);
    case CICUShim_WidthFold: return widthFoldInstance(status);
    default: status = U_ILLEGAL_ARGUMENT_ERROR; return nullptr;
    }
}

/// A compiled MessageFormat with the argument names of its pattern.
struct ShimMessageFormat {
    icu::MessageFormat *format;
    std::vector<icu::UnicodeString> names;
};

} // namespace

extern "C" {

void CICUShim_getICUVersion(uint8_t version[4]) { u_getVersion(version); }

void CICUShim_getUnicodeVersion(uint8_t version[4]) { u_getUnicodeVersion(version); }

const char *CICUShim_errorName(int32_t errorCode) { return u_errorName(static_cast<UErrorCode>(errorCode)); }

// MARK: Normalization

int32_t CICUShim_foldTable(int32_t form, uint8_t *flags, uint8_t *combiningClasses, int32_t *spans,
                           char *replacements, int32_t capacity, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    if (U_FAILURE(status)) {
        return 0;
    }
    const icu::Normalizer2 *normalizer = normalizerFor(form, status);
    if (U_FAILURE(status)) {
        store(errorCode, status);
        return 0;
    }
    int32_t used = 0;
    std::string utf8;
    for (UChar32 c = 0; c < 0x10000; c += 1) {
        spans[2 * c] = 0;
        spans[2 * c + 1] = 0;
        combiningClasses[c] = 0;
        if (U_IS_SURROGATE(c)) {
            flags[c] = 1;
            continue;
        }
        if (c >= 0xAC00 && c <= 0xD7A3) {
            // Precomposed Hangul syllables: unchanged by every form here, and a boundary before each.
            flags[c] = 1;
            continue;
        }
        uint8_t flag = normalizer->hasBoundaryBefore(c) ? 1 : 0;
        combiningClasses[c] = normalizer->getCombiningClass(c);
        if (!normalizer->isInert(c)) {
            icu::UnicodeString alone(c);
            if (normalizer->quickCheck(alone, status) == UNORM_MAYBE) {
                flag |= 4;
            }
            icu::UnicodeString normalized = normalizer->normalize(alone, status);
            if (U_FAILURE(status)) {
                store(errorCode, status);
                return 0;
            }
            if (normalized != alone) {
                flag |= 2;
                utf8.clear();
                normalized.toUTF8String(utf8);
                int32_t length = static_cast<int32_t>(utf8.size());
                if (used + length <= capacity && replacements != nullptr) {
                    std::memcpy(replacements + used, utf8.data(), utf8.size());
                }
                spans[2 * c] = used;
                spans[2 * c + 1] = length;
                used += length;
            }
        }
        flags[c] = flag;
    }
    store(errorCode, status);
    return used;
}

int32_t CICUShim_normalizationFlags(int32_t form, int32_t codePoint, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    const icu::Normalizer2 *normalizer = normalizerFor(form, status);
    store(errorCode, status);
    if (U_FAILURE(status)) {
        return 0;
    }
    return (normalizer->hasBoundaryBefore(codePoint) ? 1 : 0) | (normalizer->isInert(codePoint) ? 2 : 0);
}

int32_t CICUShim_normalizeUTF8(int32_t form, const char *source, int32_t length, char *destination,
                               int32_t capacity, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    if (U_FAILURE(status)) {
        return 0;
    }
    const icu::Normalizer2 *normalizer = normalizerFor(form, status);
    if (U_FAILURE(status)) {
        store(errorCode, status);
        return 0;
    }
    std::string out;
    out.reserve(static_cast<size_t>(length) + 16);
    icu::StringByteSink<std::string> sink(&out);
    normalizer->normalizeUTF8(0, icu::StringPiece(source, length), sink, nullptr, status);
    store(errorCode, status);
    return U_SUCCESS(status) ? copyOut(out, destination, capacity) : 0;
}

int32_t CICUShim_isNormalizedUTF8(int32_t form, const char *source, int32_t length, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    if (U_FAILURE(status)) {
        return 0;
    }
    const icu::Normalizer2 *normalizer = normalizerFor(form, status);
    if (U_FAILURE(status)) {
        store(errorCode, status);
        return 0;
    }
    UBool answer = normalizer->isNormalizedUTF8(icu::StringPiece(source, length), status);
    store(errorCode, status);
    return U_SUCCESS(status) && answer ? 1 : 0;
}

// MARK: Transliteration

void *CICUShim_transliteratorOpen(const uint16_t *id, int32_t idLength, int32_t *parseOffset,
                                  int32_t *errorCode) {
    *parseOffset = -1;
    UErrorCode status = toICU(errorCode);
    if (U_FAILURE(status)) {
        return nullptr;
    }
    UParseError parseError;
    parseError.offset = -1;
    icu::UnicodeString idString(reinterpret_cast<const UChar *>(id), idLength);
    icu::Transliterator *transliterator =
        icu::Transliterator::createInstance(idString, UTRANS_FORWARD, parseError, status);
    if (U_FAILURE(status) || transliterator == nullptr) {
        delete transliterator;
        *parseOffset = parseError.offset;
        store(errorCode, U_FAILURE(status) ? status : U_INVALID_ID);
        return nullptr;
    }
    store(errorCode, status);
    return transliterator;
}

void *CICUShim_transliteratorClone(const void *transliterator, int32_t *errorCode) {
    if (*errorCode > 0) {
        return nullptr;
    }
    icu::Transliterator *copy = static_cast<const icu::Transliterator *>(transliterator)->clone();
    if (copy == nullptr) {
        store(errorCode, U_MEMORY_ALLOCATION_ERROR);
    }
    return copy;
}

int32_t CICUShim_transliterate(void *transliterator, const uint16_t *text, int32_t length,
                               uint16_t *destination, int32_t capacity, int32_t *errorCode) {
    if (*errorCode > 0) {
        return 0;
    }
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text), length);
    static_cast<icu::Transliterator *>(transliterator)->transliterate(buffer);
    if (buffer.isBogus()) {
        store(errorCode, U_MEMORY_ALLOCATION_ERROR);
        return 0;
    }
    return copyOut(buffer, destination, capacity);
}

void CICUShim_transliteratorClose(void *transliterator) {
    delete static_cast<icu::Transliterator *>(transliterator);
}

// MARK: Break iteration

void *CICUShim_breakIteratorOpen(int32_t kind, const char *locale, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    UBreakIterator *iterator = ubrk_open(static_cast<UBreakIteratorType>(kind), locale, nullptr, 0, &status);
    store(errorCode, status);
    return U_SUCCESS(status) ? iterator : nullptr;
}

void *CICUShim_breakIteratorClone(const void *iterator, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    UBreakIterator *copy = ubrk_clone(static_cast<const UBreakIterator *>(iterator), &status);
    store(errorCode, status);
    return U_SUCCESS(status) ? copy : nullptr;
}

int32_t CICUShim_breakIteratorBoundaries(void *iterator, const uint16_t *text, int32_t length,
                                         int32_t *boundaries, int32_t *statuses, int32_t capacity,
                                         int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    auto *breaks = static_cast<UBreakIterator *>(iterator);
    ubrk_setText(breaks, reinterpret_cast<const UChar *>(text), length, &status);
    if (U_FAILURE(status)) {
        store(errorCode, status);
        return 0;
    }
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(breaks); boundary != UBRK_DONE; boundary = ubrk_next(breaks)) {
        if (count < capacity) {
            boundaries[count] = boundary;
            if (statuses != nullptr) {
                statuses[count] = ubrk_getRuleStatus(breaks);
            }
        }
        count += 1;
    }
    // Detach the caller's text so the iterator never holds a dangling pointer.
    ubrk_setText(breaks, nullptr, 0, &status);
    store(errorCode, status);
    return count;
}

void CICUShim_breakIteratorClose(void *iterator) {
    if (iterator != nullptr) {
        ubrk_close(static_cast<UBreakIterator *>(iterator));
    }
}

// MARK: Scripts

int32_t CICUShim_scriptOf(int32_t codePoint, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    UScriptCode script = uscript_getScript(codePoint, &status);
    store(errorCode, status);
    return static_cast<int32_t>(script);
}

int32_t CICUShim_scriptExtensionsContain(int32_t codePoint, int32_t script) {
    return uscript_hasScript(codePoint, static_cast<UScriptCode>(script)) ? 1 : 0;
}

const char *CICUShim_scriptCode(int32_t script) { return uscript_getShortName(static_cast<UScriptCode>(script)); }

const char *CICUShim_scriptName(int32_t script) { return uscript_getName(static_cast<UScriptCode>(script)); }

int32_t CICUShim_scriptFromCode(const char *code) { return u_getPropertyValueEnum(UCHAR_SCRIPT, code); }

int32_t CICUShim_generalCategory(int32_t codePoint) { return static_cast<int32_t>(u_charType(codePoint)); }

// MARK: Locales

int32_t CICUShim_localeFromLanguageTag(const char *tag, char *destination, int32_t capacity,
                                       int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    if (U_FAILURE(status)) {
        return 0;
    }
    char localeID[ULOC_FULLNAME_CAPACITY + 1];
    int32_t parsedLength = 0;
    int32_t idLength = uloc_forLanguageTag(tag, localeID, ULOC_FULLNAME_CAPACITY, &parsedLength, &status);
    int32_t tagLength = static_cast<int32_t>(std::strlen(tag));
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || parsedLength != tagLength ||
        idLength == 0) {
        store(errorCode, U_ILLEGAL_ARGUMENT_ERROR);
        return 0;
    }
    localeID[idLength] = 0;
    UErrorCode bundleStatus = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(nullptr, localeID, &bundleStatus);
    ures_close(bundle);
    if (U_FAILURE(bundleStatus) || bundleStatus == U_USING_DEFAULT_WARNING) {
        store(errorCode, U_MISSING_RESOURCE_ERROR);
        return 0;
    }
    store(errorCode, U_ZERO_ERROR);
    return copyOut(std::string(localeID, static_cast<size_t>(idLength)), destination, capacity);
}

// MARK: Spoof checking

int32_t CICUShim_spoofCheck(const uint16_t *word, int32_t length, int32_t *errorCode) {
    static UErrorCode initStatus = U_ZERO_ERROR;
    static USpoofChecker *checker = [] {
        USpoofChecker *created = uspoof_open(&initStatus);
        uspoof_setChecks(created, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS, &initStatus);
        uspoof_setRestrictionLevel(created, USPOOF_HIGHLY_RESTRICTIVE);
        return created;
    }();
    if (U_FAILURE(initStatus)) {
        store(errorCode, initStatus);
        return 0;
    }
    UErrorCode status = toICU(errorCode);
    int32_t result = uspoof_check2(checker, reinterpret_cast<const UChar *>(word), length, nullptr, &status);
    store(errorCode, status);
    return U_SUCCESS(status) ? result : 0;
}

// MARK: MessageFormat

void *CICUShim_messageFormatOpen(const char *locale, const uint16_t *pattern, int32_t length,
                                 int32_t *errorOffset, int32_t *errorCode) {
    *errorOffset = -1;
    UErrorCode status = toICU(errorCode);
    if (U_FAILURE(status)) {
        return nullptr;
    }
    icu::UnicodeString patternString(reinterpret_cast<const UChar *>(pattern), length);
    UParseError parseError;
    parseError.offset = -1;
    icu::MessagePattern messagePattern(patternString, &parseError, status);
    if (U_FAILURE(status)) {
        *errorOffset = parseError.offset;
        store(errorCode, status);
        return nullptr;
    }
    auto *result = new ShimMessageFormat();
    for (int32_t index = 0; index < messagePattern.countParts(); index += 1) {
        const icu::MessagePattern::Part &part = messagePattern.getPart(index);
        UMessagePatternPartType type = part.getType();
        if (type == UMSGPAT_PART_TYPE_ARG_NAME || type == UMSGPAT_PART_TYPE_ARG_NUMBER) {
            icu::UnicodeString name = messagePattern.getSubstring(part);
            bool known = false;
            for (const auto &existing : result->names) {
                known = known || existing == name;
            }
            if (!known) {
                result->names.push_back(name);
            }
        }
    }
    result->format = new icu::MessageFormat(patternString, icu::Locale(locale), parseError, status);
    if (U_FAILURE(status)) {
        *errorOffset = parseError.offset;
        delete result->format;
        delete result;
        store(errorCode, status);
        return nullptr;
    }
    store(errorCode, status);
    return result;
}

int32_t CICUShim_messageFormatArgumentName(const void *format, int32_t index, uint16_t *destination,
                                           int32_t capacity, int32_t *errorCode) {
    const auto *compiled = static_cast<const ShimMessageFormat *>(format);
    int32_t count = static_cast<int32_t>(compiled->names.size());
    if (index < 0) {
        return count;
    }
    if (index >= count) {
        store(errorCode, U_INDEX_OUTOFBOUNDS_ERROR);
        return 0;
    }
    return copyOut(compiled->names[static_cast<size_t>(index)], destination, capacity);
}

int32_t CICUShim_messageFormatFormat(const void *format, int32_t count, const uint16_t *const *names,
                                     const int32_t *nameLengths, const int32_t *kinds,
                                     const double *numbers, const uint16_t *const *strings,
                                     const int32_t *stringLengths, uint16_t *destination,
                                     int32_t capacity, int32_t *errorCode) {
    UErrorCode status = toICU(errorCode);
    if (U_FAILURE(status)) {
        return 0;
    }
    const auto *compiled = static_cast<const ShimMessageFormat *>(format);
    std::vector<icu::UnicodeString> argumentNames;
    std::vector<icu::Formattable> arguments;
    argumentNames.reserve(static_cast<size_t>(count));
    arguments.reserve(static_cast<size_t>(count));
    for (int32_t index = 0; index < count; index += 1) {
        argumentNames.emplace_back(reinterpret_cast<const UChar *>(names[index]), nameLengths[index]);
        if (kinds[index] == 1) {
            arguments.emplace_back(numbers[index]);
        } else {
            arguments.emplace_back(
                icu::UnicodeString(reinterpret_cast<const UChar *>(strings[index]), stringLengths[index]));
        }
    }
    icu::UnicodeString result;
    compiled->format->format(argumentNames.data(), arguments.data(), count, result, status);
    store(errorCode, status);
    return U_SUCCESS(status) ? copyOut(result, destination, capacity) : 0;
}

void CICUShim_messageFormatClose(void *format) {
    auto *compiled = static_cast<ShimMessageFormat *>(format);
    if (compiled != nullptr) {
        delete compiled->format;
        delete compiled;
    }
}

} // extern "C"
