#pragma once

#include "ReferenceRegister.h"
#include "reference/Measure.h"

#include <QHash>
#include <memory>

class ReferenceBasesRegister;
class ReferenceHistoryDialog;

// The list of punishment measures (失信惩戒措施清单), versioned measure by measure.
class ReferenceMeasuresRegister : public ReferenceRegister
{
    Q_OBJECT

public:
    ReferenceMeasuresRegister(Session& session, bool editor, const ReferenceBasesRegister& bases, QWidget* parent);
    static QString title();
    void load() override;
    const QList<Measure>& measures() const { return m_measures; }
    // The version history of a measure, as History… opens it.
    std::unique_ptr<ReferenceHistoryDialog> measureHistoryDialog(const QString& measureKey);

private:
    QString measureDetail(int index) const;
    void editMeasure(int row); // -1 adds one
    void abolishMeasure(int row);

    const ReferenceBasesRegister& m_bases;
    QList<Measure> m_measures;
    QHash<int, QString> m_measureClasses;
};
