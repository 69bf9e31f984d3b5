#pragma once

#include <QString>

// How personal data is shown (docs/regulations.md §8): a natural person's certificate number keeps its first six
// and last four characters (360429********1234); an organisation's 统一社会信用代码 is public and shown
// whole. Every list, detail view, export and log line goes through here.
namespace Masking {
QString code(const QString& idType, const QString& code);
QString phone(const QString& phone); // 138****1234
QString personName(const QString& name); // 张*明, 李*
} // namespace Masking
