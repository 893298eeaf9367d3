// Decimal digits of every script (Unicode general category Nd: Devanagari,
// Bengali, Thai, Arabic-Indic, full-width, mathematical ...) fold to ASCII
// 0-9, so "२०२४" finds "2024". Pure function; thread-safe.
#pragma once

#include <unicode/unistr.h>

namespace lisan::analysis {

// Replaces every non-ASCII decimal digit of `text` by its ASCII digit, in place.
void fold_decimal_digits(icu::UnicodeString& text);

}  // namespace lisan::analysis
