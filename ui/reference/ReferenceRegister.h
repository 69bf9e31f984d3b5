#pragma once

#include "ReferenceListTab.h"
#include "ReferenceTableModel.h"
#include "Result.h"
#include "Session.h"
#include "reference/ReferenceTerms.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <functional>

class QPushButton;

// One register of the catalog-and-lists area (legal bases, catalog, measures, list domains, rule profiles,
// clean-up register): its tab, its buttons and its dialogs. Everyone reads; the buttons that change
// anything show only to editors (approvers of the credit office), whom the stores also check.
class ReferenceRegister : public ReferenceListTab
{
    Q_OBJECT

public:
    // `name` ends the object names of the tab's widgets (ReferenceListTab).
    ReferenceRegister(Session& session, bool editor, const QString& name, const QStringList& headers, QWidget* parent);

    // Reads the register again (a few hundred rows at most: on the GUI thread); a failure is shown.
    virtual void load() = 0;
    // Enables each button for the selected row.
    void updateButtons();

signals:
    // After a dialog: the area reads every register again, since another's detail may cite what changed.
    void reloadRequested();
    void dataChanged();

protected:
    enum class Access
    {
        Everyone,
        Editors
    };
    // `run` gets the selected row (-1: none) when the button is clicked; `allowed` says whether the
    // selected row allows it.
    QPushButton* addButton(const QString& text, const QString& objectName, Access access,
                           std::function<bool(int)> allowed, std::function<void(int)> run);
    // Double-clicking a row clicks `button` when it is shown and enabled.
    void openOnDoubleClick(QPushButton* button);
    // History…, Add…, Edit… and Abolish… of a versioned register (catalog, measures), named
    // <name>HistoryButton, add<Name>Button, edit<Name>Button, abolish<Name>Button; edit and abolish
    // only for rows `inForce` accepts. `edit` gets -1 for a new item.
    void addVersionedButtons(const QString& name, std::function<bool(int)> inForce, std::function<void(int)> history,
                             std::function<void(int)> edit, std::function<void(int)> abolish);
    // After a dialog that changes something: reload, select what was saved, tell the window.
    void finishDialog(int result, const QString& savedKey = {});
    // Asks for the one date an operation needs and runs it (ReferenceDateDialog).
    void runDateOperation(const QString& title, const QString& explanation, const QString& dateLabel, QDate initial,
                          const std::function<Status(QDate)>& operation);
    void showError(const Error& error);

    Session& m_session;
    const bool m_editor;

private:
    struct TabButton
    {
        QPushButton* button;
        Access access;
        std::function<bool(int)> allowed;
    };
    QList<TabButton> m_buttons;
};

// The words and helpers the registers share.
namespace ReferenceText {
QString day(QDate date);
QString openEnd(QDate date); // the day, or "open-ended"
QString subjects(const QStringList& kinds);
QString itemStatusName(ItemStatus status);
QString provisions(const QStringList& ids);

template <typename T> Status statusOf(const Result<T>& result)
{
    return result ? Status() : Status(result.error());
}

// Fills a tab from a register's list: one row of cells per value, greyed where `inactive` says so.
template <typename T, typename Cells, typename Inactive>
void fill(ReferenceListTab* tab, const QList<T>& values, Cells cells, Inactive inactive)
{
    QList<QStringList> rows;
    QList<int> grey;
    for (const T& value : values) {
        if (inactive(value))
            grey << int(rows.size());
        rows << cells(value);
    }
    tab->model()->setInactiveRows(grey);
    tab->model()->setRows(rows);
}

inline const auto always = [](int) {
    return true;
};
inline const auto anyRow = [](int row) {
    return row >= 0;
};
} // namespace ReferenceText
