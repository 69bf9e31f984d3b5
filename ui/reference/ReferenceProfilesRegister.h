#pragma once

#include "ReferenceRegister.h"
#include "rules/RuleProfile.h"

class QDateEdit;
class QLabel;

// The rule profiles by date: publication periods, repair conditions and the office's deadlines.
class ReferenceProfilesRegister : public ReferenceRegister
{
    Q_OBJECT

public:
    ReferenceProfilesRegister(Session& session, bool editor, QWidget* parent);
    static QString title();
    void load() override;
    const QList<RuleProfile>& profiles() const { return m_profiles; }

private:
    QString profileDetail(int index) const;
    void showProfileOn();
    void editProfile(int row); // -1 adds a future one

    QDateEdit* m_profileDateEdit = nullptr;
    QLabel* m_profileOnLabel = nullptr;
    QList<RuleProfile> m_profiles;
};
