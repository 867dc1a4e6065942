#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace {
const QString kProgramPrefix = QStringLiteral("uplift-capture_");
const QString kEmbeddedDir = QStringLiteral(":/i18n");
} // namespace

UiLanguage::~UiLanguage()
{
    removeInstalled();
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
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (m_program.load(locale, QStringLiteral("uplift-capture"), QStringLiteral("_"), kEmbeddedDir))
        m_programInstalled = QCoreApplication::installTranslator(&m_program);
    return m_programInstalled || locale.language() == QLocale::English || locale.language() == QLocale::C;
}

QStringList UiLanguage::available()
{
    QStringList names;
    const QStringList files = QDir(kEmbeddedDir).entryList({kProgramPrefix + QStringLiteral("*.qm")});
    for (const QString &file : files)
        names << file.mid(kProgramPrefix.size()).chopped(3);
    return names;
}
