#pragma once

#include <QLocale>
#include <QTranslator>

// Installs the program's translation and Qt's own (so standard dialogs match)
// for one locale, replacing whatever was installed before.
class UiLanguage
{
public:
    UiLanguage() = default;
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // Returns true when a translation of the program itself was found for
    // the locale (English, the source language, needs none and returns true).
    bool apply(const QLocale &locale);

    // The languages the program ships translations for, as QLocale names
    // ("de", ...), read from the embedded resources.
    static QStringList available();

private:
    void removeInstalled();

    QTranslator m_program;
    QTranslator m_qt;
    bool m_programInstalled = false;
    bool m_qtInstalled = false;
};
