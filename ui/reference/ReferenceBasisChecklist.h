#pragma once

#include "ReferenceChecklist.h"
#include "reference/LegalBasis.h"

// The legal bases to cite, as a checkable list: bases are chosen from the register, never typed.
class ReferenceBasisChecklist : public ReferenceChecklist
{
    Q_OBJECT

public:
    explicit ReferenceBasisChecklist(QWidget* parent = nullptr);

    // Lists the bases (with level and, when repealed, the last day) and checks those with the given ids.
    void setBases(const QList<LegalBasis>& bases, const QList<qint64>& checked);
    QList<qint64> checkedIds() const;
    void setChecked(qint64 id, bool checked) { setValueChecked(id, checked); }
};
