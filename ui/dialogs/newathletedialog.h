#pragma once

#include <QDialog>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace Ui {
class NewAthleteDialog;
}

// "New athlete…": the fields of POST /athletes, checked as the coach types.
// The rules come from the core through setValidator(); the dialog itself only
// insists on the one field the API requires, the first name. Creating is the
// caller's job (createRequested → showCreateResult): the dialog never waits.
class NewAthleteDialog : public QDialog
{
    Q_OBJECT

public:
    struct Problem
    {
        QString field; // "first_name", "email", "date_of_birth", "height", "weight", "custom_attributes.team"
        QString message;
    };

    explicit NewAthleteDialog(QWidget *parent = nullptr);
    ~NewAthleteDialog() override;

    QJsonObject body() const;
    void setValidator(std::function<QList<Problem>(const QJsonObject &)> validator);
    QList<Problem> problems() const;
    void showCreateResult(bool ok, const QString &message);

signals:
    void createRequested(const QJsonObject &body);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();

    std::unique_ptr<Ui::NewAthleteDialog> m_ui;
    std::function<QList<Problem>(const QJsonObject &)> m_validator;
    bool m_waiting = false;
};
