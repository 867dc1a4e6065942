#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QList>

namespace {
const QString kProgramPrefix = QStringLiteral("uplift-capture_");
const QString kEmbeddedDir = QStringLiteral(":/i18n");

// Newest last; a stack so that a test's short-lived UiLanguage does not
// leave main's unreachable once it is gone.
QList<UiLanguage *> &liveLanguages()
{
    static QList<UiLanguage *> languages;
    return languages;
}
} // namespace

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
    liveLanguages().append(this);
}

UiLanguage::~UiLanguage()
{
    liveLanguages().removeOne(this);
    removeInstalled();
}

UiLanguage *UiLanguage::instance()
{
    return liveLanguages().isEmpty() ? nullptr : liveLanguages().constLast();
}

void UiLanguage::removeInstalled()
{
    if (m_programInstalled)
        QCoreApplication::removeTranslator(&m_program);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_programInstalled = m_qtInstalled = false;
}

bool UiLanguage::apply(const QLocale &locale)
{
    removeInstalled();
    m_locale = locale;
    // Dates and numbers follow the chosen language too (a German window with
    // English dates would look broken).
    QLocale::setDefault(locale);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (m_program.load(locale, QStringLiteral("uplift-capture"), QStringLiteral("_"), kEmbeddedDir))
        m_programInstalled = QCoreApplication::installTranslator(&m_program);
    emit changed(locale);
    return m_programInstalled || locale.language() == QLocale::English || locale.language() == QLocale::C;
}

QLocale UiLanguage::localeOf(const QString &choice)
{
    return choice.isEmpty() ? QLocale::system() : QLocale(choice);
}

bool UiLanguage::applyChoice(const QString &choice)
{
    return apply(localeOf(choice));
}

QStringList UiLanguage::available()
{
    QStringList names;
    const QStringList files = QDir(kEmbeddedDir).entryList({ kProgramPrefix + QStringLiteral("*.qm") });
    for (const QString &file : files)
        names << file.mid(kProgramPrefix.size()).chopped(3);
    return names;
}
