#pragma once

#include "ReferenceFormDialog.h"
#include "rules/RuleProfile.h"

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class ReferenceChecklist;

// Adds a rule profile that starts on a future date, or edits one not yet in force. The store decides
// what is allowed (a start after today and after the last profile, which it then ends the day before;
// no change once decisions may have been taken under a profile) and says so when it refuses.
class ReferenceProfileDialog : public ReferenceFormDialog
{
    Q_OBJECT

public:
    // A new profile when profile.id is 0 (its settings start from `profile`), else an edit of it.
    ReferenceProfileDialog(Session& session, const RuleProfile& profile, QWidget* parent = nullptr);

    bool isEditing() const { return m_profile.id > 0; }
    // Edited after its start: only the settings still marked unconfirmed may change.
    bool inForce() const;
    bool settingOpen(const QString& id) const;
    const RuleProfile& saved() const { return m_saved; }

protected:
    Status save() override;

private:
    struct TierRow
    {
        QCheckBox* published;
        QSpinBox* min;
        QSpinBox* max;
    };
    struct DeadlineRow
    {
        QSpinBox* days;
        QComboBox* kind;
    };

    void buildForm();
    void addTier(PublicationTier tier, const QString& id);
    void addDeadline(const QString& id, const Deadline& deadline);
    void addRepeatLimit();
    RuleProfile collect() const;

    RuleProfile m_profile;
    RuleProfile m_saved;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_basisEdit = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    std::array<TierRow, 3> m_tiers{};
    QPlainTextEdit* m_conditionsEdit = nullptr;
    std::array<DeadlineRow, 5> m_deadlines{};
    int m_deadlineCount = 0;
    QCheckBox* m_limitCheckBox = nullptr;
    QSpinBox* m_gapSpinBox = nullptr;
    QSpinBox* m_countSpinBox = nullptr;
    QSpinBox* m_windowSpinBox = nullptr;
    ReferenceChecklist* m_unconfirmedList = nullptr;
};
