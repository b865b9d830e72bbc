#pragma once

#include "ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace govops::app {

// Adds or edits one connection profile. Refuses an empty or taken name and a profile that cannot connect.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(const ConnectionProfile &profile, QStringList takenNames, QWidget *parent = nullptr);

    ConnectionProfile profile() const;

    void accept() override;

private:
    QString problem() const; // why the input cannot be saved; empty when it can

    QStringList m_takenNames;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QLineEdit *m_login;
    QLabel *m_problem;
};

} // namespace govops::app
