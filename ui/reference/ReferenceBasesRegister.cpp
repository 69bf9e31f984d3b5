#include "ReferenceBasesRegister.h"

#include "Clock.h"
#include "ReferenceBasisDialog.h"
#include "reference/LegalBasisStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace ReferenceText;

QString ReferenceBasesRegister::title()
{
    return tr("Legal bases");
}

ReferenceBasesRegister::ReferenceBasesRegister(Session& session, bool editor, QWidget* parent)
    : ReferenceRegister(session, editor, QStringLiteral("bases"),
                        {tr("Title"), tr("Document number"), tr("Articles"), tr("Level"), tr("Issuer"),
                         tr("In force from"), tr("In force until")},
                        parent)
{
    setDetailProvider([this](int row) { return basisDetail(row); });
    addButton(tr("Add…"), QStringLiteral("addBasisButton"), Access::Editors, always, [this](int) { editBasis(-1); });
    auto* edit = addButton(tr("Edit…"), QStringLiteral("editBasisButton"), Access::Editors, anyRow,
                           [this](int row) { editBasis(row); });
    addButton(
        tr("Repeal…"), QStringLiteral("repealBasisButton"), Access::Editors,
        [this](int row) { return row >= 0 && !m_bases.at(row).inForceUntil.isValid(); },
        [this](int row) { repealBasis(row); });
    openOnDoubleClick(edit);
}

void ReferenceBasesRegister::load()
{
    auto bases = LegalBasisStore(*m_session.db).list();
    if (!bases)
        return showError(bases.error());
    m_bases = *bases;
    m_basisById.clear();
    for (const auto& b : std::as_const(m_bases))
        m_basisById.insert(b.id, b);
    fill(
        this, m_bases,
        [](const LegalBasis& b) {
            return QStringList{b.title,  b.docNumber,        b.articles,         BasisLevels::displayName(b.level),
                               b.issuer, day(b.inForceFrom), day(b.inForceUntil)};
        },
        [](const LegalBasis& b) { return !b.inForceOn(Clock::currentDate()); });
}

QString ReferenceBasesRegister::basisDetail(int row) const
{
    const LegalBasis& b = m_bases.at(row);
    return ReferenceHtml::table(
        b.citation(),
        {ReferenceHtml::row(tr("Title:"), b.title), ReferenceHtml::row(tr("Document number:"), b.docNumber),
         ReferenceHtml::row(tr("Articles:"), b.articles),
         ReferenceHtml::row(tr("Level:"), BasisLevels::displayName(b.level)),
         ReferenceHtml::row(tr("Issuer:"), b.issuer),
         ReferenceHtml::row(tr("In force:"), tr("%1 to %2").arg(day(b.inForceFrom), openEnd(b.inForceUntil))),
         ReferenceHtml::row(tr("Note:"), b.note)});
}

void ReferenceBasesRegister::editBasis(int row)
{
    ReferenceBasisDialog dialog(m_session, row >= 0 ? m_bases.at(row) : LegalBasis(), this);
    const int result = dialog.exec();
    finishDialog(result, dialog.saved().title);
}

void ReferenceBasesRegister::repealBasis(int row)
{
    const LegalBasis basis = m_bases.at(row);
    runDateOperation(
        tr("Repeal legal basis"),
        tr("%1 stays on record for what already cites it, but from the day after the last day below it no longer "
           "founds a list domain or measure.")
            .arg(basis.citation()),
        tr("Last day in force:"), Clock::currentDate(), [&](QDate lastDay) {
            return statusOf(LegalBasisStore(*m_session.db).repeal(m_session.actor, basis.id, basis.version, lastDay));
        });
}

QString ReferenceBasesRegister::basesText(const QList<qint64>& ids) const
{
    QStringList lines;
    for (qint64 id : ids) {
        const auto it = m_basisById.constFind(id);
        lines << (it == m_basisById.cend()
                      ? tr("basis #%1").arg(id)
                      : QStringLiteral("%1 (%2)").arg(it->citation(), BasisLevels::displayName(it->level)));
    }
    return lines.join(u'\n');
}
