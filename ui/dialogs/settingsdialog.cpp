#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "uilanguage.h"

#include "common/apikey.h"
#include "settings/settings.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageBox->addItem(tr("As the system"), QString());
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QStringList languages = UiLanguage::available();
    for (const QString &name : languages) {
        const QLocale locale(name);
        m_ui->languageBox->addItem(locale.nativeLanguageName(), name);
    }
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->apiKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        m_ui->testButton->setEnabled(false);
        m_ui->testResult->setText(tr("Testing…"));
        emit testRequested(m_ui->apiUrlEdit->text().trimmed(), m_ui->apiKeyEdit->text().trimmed(),
                           m_ui->sandboxCheck->isChecked());
    });
    connect(m_ui->sandboxCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->sandboxCheck, &QCheckBox::toggled, this, &SettingsDialog::updateNotes);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateEnabled);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateNotes);
    connect(m_ui->rateLimitCheck, &QCheckBox::toggled, m_ui->rateLimitSpin, &QWidget::setEnabled);
    m_ui->rateLimitSpin->setEnabled(m_ui->rateLimitCheck->isChecked());
    m_defaultLibraryFolder = QDir::toNativeSeparators(Settings::defaultLibraryFolder());
    m_ui->libraryEdit->setPlaceholderText(m_defaultLibraryFolder);
    connect(m_ui->libraryBrowseButton, &QPushButton::clicked, this, &SettingsDialog::chooseLibraryFolder);
    connect(m_ui->libraryEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateEnabled);
    connect(m_ui->libraryEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateNotes);
    updateEnabled();
    updateNotes();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setValues(const Values &values)
{
    m_ui->apiUrlEdit->setText(values.apiUrl);
    m_ui->apiKeyEdit->setText(values.apiKey);
    m_ui->sandboxCheck->setChecked(values.useSandbox);
    m_ui->parallelSpin->setValue(values.parallelUploads);
    // Without a limit the spin box keeps its suggestion, ready for the check box.
    if (values.uploadRateLimit > 0)
        m_ui->rateLimitSpin->setValue(double(values.uploadRateLimit) / BytesPerMegabyte);
    m_ui->rateLimitCheck->setChecked(values.uploadRateLimit > 0);
    m_ui->languageBox->setCurrentIndex(qMax(0, m_ui->languageBox->findData(values.language)));
    // The default shows as the field's placeholder: an empty field follows it.
    const QString library = QDir::toNativeSeparators(values.libraryFolder);
    m_ui->libraryEdit->setText(library == m_defaultLibraryFolder ? QString() : library);
    m_sandboxRunning = values.sandboxRunning;
    m_keyFromEnvironment = values.keyFromEnvironment;
    m_sandboxFromCommandLine = values.sandboxFromCommandLine;
    updateEnabled();
    updateNotes();
}

void SettingsDialog::updateNotes()
{
    // Switching servers live would mix the sandbox's jobs with real ones, so it waits for a restart; say so,
    // and in a sandbox window say what unticking the box would mean.
    const bool ticked = m_ui->sandboxCheck->isChecked();
    QString note;
    if (m_sandboxRunning && ticked)
        note = m_sandboxFromCommandLine
            ? tr("This window runs the sandbox (started with --sandbox). Untick to use your Uplift account the next "
                 "time Uplift Capture starts without --sandbox.")
            : tr("This window runs the sandbox. Untick to use your Uplift account the next time Uplift Capture "
                 "starts.");
    else if (m_sandboxRunning)
        note = m_sandboxFromCommandLine
            ? tr("Your Uplift account is used the next time Uplift Capture starts without --sandbox.")
            : tr("Your Uplift account is used the next time Uplift Capture starts.");
    else if (ticked)
        note = tr("The sandbox starts the next time Uplift Capture starts.");
    m_ui->sandboxNote->setText(note);
    m_ui->sandboxNote->setVisible(!note.isEmpty());
    // A key that cannot be sent is refused here, next to the field, before
    // it is tested, saved or used.
    const QString problem = keyProblem();
    m_ui->keyNote->setText(!problem.isEmpty() ? QStringLiteral("✗ ") + problem
                               : m_keyFromEnvironment
                               ? tr("The environment variable UPLIFT_API_KEY is set: its key is used, not the one "
                                    "saved here.")
                               : tr("Kept in the system keychain, never in a file."));
    // Where today's import would go, so the coach sees the folder for each day.
    const QString libraryTrouble = libraryProblem();
    QString library = m_ui->libraryEdit->text().trimmed();
    if (library.isEmpty())
        library = m_defaultLibraryFolder;
    m_ui->libraryNote->setText(!libraryTrouble.isEmpty()
                                   ? QStringLiteral("✗ ") + libraryTrouble
                                   : tr("Each day's import gets a folder of its own, today's: %1")
                                         .arg(QDir::toNativeSeparators(Settings::importFolder(
                                             QDir::fromNativeSeparators(library), QDate::currentDate()))));
}

QString SettingsDialog::libraryProblem() const
{
    const QString folder = m_ui->libraryEdit->text().trimmed();
    if (folder.isEmpty())
        return {};
    if (!QDir::isAbsolutePath(QDir::fromNativeSeparators(folder)))
        return tr("Type the whole path of the folder (starting with %1), or use Browse…").arg(QDir::rootPath());
    return {};
}

void SettingsDialog::chooseLibraryFolder()
{
    // Non-modal, as every dialog of the window; Qt's own so that it looks the same everywhere.
    QString start = m_ui->libraryEdit->text().trimmed();
    if (start.isEmpty() || !QDir(start).exists())
        start = QDir(m_defaultLibraryFolder).exists() ? m_defaultLibraryFolder : QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Folder for Imported Videos"), start);
    dialog->setObjectName(QStringLiteral("libraryFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_ui->libraryEdit->setText(QDir::toNativeSeparators(QDir::cleanPath(folder)));
    });
    dialog->open();
}

QString SettingsDialog::keyProblem() const
{
    const QString key = m_ui->apiKeyEdit->text().trimmed();
    if (m_ui->sandboxCheck->isChecked() || key.isEmpty())
        return {};
    return ApiKey::problem(key);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.apiUrl = m_ui->apiUrlEdit->text().trimmed();
    v.apiKey = m_ui->apiKeyEdit->text().trimmed();
    v.useSandbox = m_ui->sandboxCheck->isChecked();
    v.parallelUploads = m_ui->parallelSpin->value();
    v.uploadRateLimit
        = m_ui->rateLimitCheck->isChecked() ? qint64(qRound64(m_ui->rateLimitSpin->value() * BytesPerMegabyte)) : 0;
    v.language = m_ui->languageBox->currentData().toString();
    v.sandboxRunning = m_sandboxRunning;
    v.keyFromEnvironment = m_keyFromEnvironment;
    v.sandboxFromCommandLine = m_sandboxFromCommandLine;
    const QString library = m_ui->libraryEdit->text().trimmed();
    v.libraryFolder = library.isEmpty() ? QDir::fromNativeSeparators(m_defaultLibraryFolder)
                                        : QDir::cleanPath(QDir::fromNativeSeparators(library));
    return v;
}

void SettingsDialog::showTestResult(bool ok, const QString &message)
{
    m_ui->testButton->setEnabled(true);
    m_ui->testResult->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
}

void SettingsDialog::updateEnabled()
{
    // The sandbox needs neither a server address nor a key.
    const bool real = !m_ui->sandboxCheck->isChecked();
    m_ui->apiUrlEdit->setEnabled(real);
    m_ui->apiKeyEdit->setEnabled(real);
    m_ui->showKeyButton->setEnabled(real);
    const bool keyUsable = keyProblem().isEmpty();
    m_ui->testButton->setEnabled(!real || (!m_ui->apiKeyEdit->text().trimmed().isEmpty() && keyUsable));
    if (QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(keyUsable && libraryProblem().isEmpty());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateNotes();
    }
    QDialog::changeEvent(event);
}
