#pragma once

#include <QDialog>

class Database;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(Database& db, QWidget* parent = nullptr);
};
