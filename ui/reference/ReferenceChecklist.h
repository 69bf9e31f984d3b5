#pragma once

#include <QListWidget>
#include <QVariant>
#include <functional>

class QCheckBox;

// Choices by id that the officer ticks, taken from what the register holds and never typed: legal
// bases, list domains, record kinds, settings still unconfirmed.
class ReferenceChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit ReferenceChecklist(const QString& objectName, QWidget* parent = nullptr);

    void addEntry(const QVariant& id, const QString& text, bool checked);
    // (id, text) pairs; the ids in `checked` start ticked.
    void setEntries(const QList<std::pair<QString, QString>>& entries, const QStringList& checked);
    QVariantList checkedValues() const;
    QStringList checkedStrings() const;
    void setValueChecked(const QVariant& id, bool checked);
};

// A few choices by id as a row of check boxes (subject kinds, what a document provides). Each box is
// named <prefix><id>.
class ReferenceCheckBoxRow : public QWidget
{
    Q_OBJECT

public:
    ReferenceCheckBoxRow(const QStringList& ids, const std::function<QString(const QString&)>& nameOf,
                         const QString& prefix, QWidget* parent = nullptr);

    void setChecked(const QStringList& ids);
    // The ticked ids, in the order they were given.
    QStringList checked() const;

private:
    QList<std::pair<QString, QCheckBox*>> m_boxes;
};
