#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

// Installs the program's translation and Qt's own (so standard dialogs match)
// for one locale, replacing whatever was installed before. Installing posts
// QEvent::LanguageChange to every window, so the language changes without a
// restart: each widget with translated texts retranslates in changeEvent().
//
// main() makes one for the process; the settings dialog reaches it through
// instance() to apply the coach's choice at once.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    explicit UiLanguage(QObject *parent = nullptr);
    ~UiLanguage() override;

    // The most recently made UiLanguage still alive (main's), or nullptr.
    static UiLanguage *instance();

    // Returns true when a translation of the program itself was found for
    // the locale (English, the source language, needs none and returns true).
    // Also makes the locale the default for numbers and dates.
    bool apply(const QLocale &locale);
    // The stored choice as Settings keeps it: a QLocale name ("de", "en", ...)
    // or empty to follow the system's locale.
    bool applyChoice(const QString &choice);
    static QLocale localeOf(const QString &choice);

    QLocale locale() const { return m_locale; }

    // The languages the program ships translations for, as QLocale names
    // ("de", ...), read from the embedded resources.
    static QStringList available();

signals:
    // After the translators changed; widgets get LanguageChange (posted) as well.
    void changed(const QLocale &locale);

private:
    void removeInstalled();

    QTranslator m_program;
    QTranslator m_qt;
    QLocale m_locale;
    bool m_programInstalled = false;
    bool m_qtInstalled = false;
};
