#include "newathletedialog.h"
#include "ui_newathletedialog.h"

#include <QEvent>
#include <QPushButton>

NewAthleteDialog::NewAthleteDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewAthleteDialog>())
{
    m_ui->setupUi(this);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &NewAthleteDialog::revalidate);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &NewAthleteDialog::revalidate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!problems().isEmpty())
            return;
        m_waiting = true;
        m_ui->resultLabel->setText(tr("Creating the athlete…"));
        revalidate();
        emit createRequested(body());
    });
    revalidate();
}

NewAthleteDialog::~NewAthleteDialog() = default;

QJsonObject NewAthleteDialog::body() const
{
    QJsonObject body { { QStringLiteral("first_name"), m_ui->firstNameEdit->text().trimmed() } };
    const auto optional = [&body](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            body.insert(QLatin1String(key), value.trimmed());
    };
    optional("last_name", m_ui->lastNameEdit->text());
    optional("email", m_ui->emailEdit->text());
    optional("date_of_birth", m_ui->birthDateEdit->text());
    if (m_ui->heightSpin->value() > 0)
        body.insert(QStringLiteral("height"), m_ui->heightSpin->value());
    if (m_ui->weightSpin->value() > 0)
        body.insert(QStringLiteral("weight"), m_ui->weightSpin->value());
    if (!m_ui->teamEdit->text().trimmed().isEmpty())
        body.insert(QStringLiteral("custom_attributes"),
                    QJsonObject { { QStringLiteral("team"), m_ui->teamEdit->text().trimmed() } });
    return body;
}

void NewAthleteDialog::setValidator(std::function<QList<Problem>(const QJsonObject &)> validator)
{
    m_validator = std::move(validator);
    revalidate();
}

QList<NewAthleteDialog::Problem> NewAthleteDialog::problems() const
{
    const QJsonObject athlete = body();
    QList<Problem> found;
    if (athlete.value(QStringLiteral("first_name")).toString().isEmpty())
        found.append({ QStringLiteral("first_name"), tr("The first name is required.") });
    if (m_validator) {
        const QList<Problem> more = m_validator(athlete);
        for (const Problem &problem : more) {
            if (problem.field != QLatin1String("first_name") || found.isEmpty())
                found.append(problem);
        }
    }
    return found;
}

void NewAthleteDialog::revalidate()
{
    static const QHash<QString, QString> labels { { QStringLiteral("first_name"), QStringLiteral("firstNameError") },
                                                  { QStringLiteral("last_name"), QStringLiteral("lastNameError") },
                                                  { QStringLiteral("email"), QStringLiteral("emailError") },
                                                  { QStringLiteral("date_of_birth"), QStringLiteral("birthDateError") },
                                                  { QStringLiteral("height"), QStringLiteral("heightError") },
                                                  { QStringLiteral("weight"), QStringLiteral("weightError") },
                                                  { QStringLiteral("custom_attributes.team"),
                                                    QStringLiteral("teamError") } };
    const QList<Problem> found = problems();
    QHash<QString, QStringList> byLabel;
    for (const Problem &problem : found)
        byLabel[labels.value(problem.field, QStringLiteral("firstNameError"))] << problem.message;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        auto *label = findChild<QLabel *>(it.value());
        // The empty first name is only pointed at once the coach typed something elsewhere.
        const QStringList messages = byLabel.value(it.value());
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty()
                          && (it.key() != QLatin1String("first_name") || !m_ui->firstNameEdit->text().isEmpty()
                              || body().size() > 1));
    }
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create Athlete"));
    ok->setEnabled(found.isEmpty() && !m_waiting);
    ok->setToolTip(found.isEmpty() ? QString() : found.first().message);
}

void NewAthleteDialog::showCreateResult(bool ok, const QString &message)
{
    m_waiting = false;
    if (ok) {
        accept();
        return;
    }
    m_ui->resultLabel->setText(message);
    revalidate();
}

void NewAthleteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        revalidate();
    }
    QDialog::changeEvent(event);
}
