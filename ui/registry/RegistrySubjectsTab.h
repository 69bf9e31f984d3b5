#pragma once

#include "Session.h"
#include "registry/Subject.h"
#include "registry/SubjectList.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class WindowedTableModel;

// The credit subjects list (a lazy table over SubjectList with a filter bar), and registering and
// merging subjects: a known code reaches the registered subject, a close name is a question for the
// officer whose answers are audited, a merge is confirmed first.
class RegistrySubjectsTab : public QWidget
{
    Q_OBJECT

public:
    enum class SimilarAnswer
    {
        Same,
        Different,
        Cancelled
    };
    // Asks whether `fresh` is `candidate` (the index-th of count close subjects). The default shows
    // RegistrySimilarDialog; tests answer without a window.
    using SimilarAsker
        = std::function<SimilarAnswer(const Subject& fresh, const Subject& candidate, int index, int count)>;

    RegistrySubjectsTab(Session& session, QWidget* parent);

    WindowedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_countLabel; }
    SubjectFilter filter() const;
    void reload();
    void openSubject(qint64 subjectId);
    // The subject of the selected row, when it is loaded.
    std::optional<Subject> selectedSubject() const;

    void setSimilarAsker(SimilarAsker asker) { m_askSimilar = std::move(asker); }
    // Registers what the form gave. Returns the subject registered or reached (an existing code, a
    // close name the officer said is the same), or nothing when cancelled or refused.
    std::optional<Subject> registerSubject(const Subject& input);
    // Merges dropId into keepId after a confirmation (through MessageBoxes). True when merged.
    bool mergeSubjects(const Subject& drop, const Subject& keep);

    static QString statusName(const QString& status);

signals:
    // Subjects or records changed (a registration, a merge).
    void registryChanged();

private:
    QLayout* buildFilterBar();
    QVariant display(const QVariantList& row, int column, int role) const;
    PagedQuery sortedQuery(int column, Qt::SortOrder order);
    void registerFromForm();
    void mergeSelected();
    void updateButtons();

    Session& m_session;
    WindowedTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_codeLineEdit;
    QComboBox* m_kindComboBox;
    QComboBox* m_statusComboBox;
    QPushButton* m_registerButton;
    QPushButton* m_mergeButton;
    QLabel* m_countLabel;
    QTimer* m_filterTimer;
    int m_sortColumn = SubjectId;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    SimilarAsker m_askSimilar;
};
