#include "RegistrySimilarDialog.h"

#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/SubjectIdentity.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RegistrySimilarDialog::RegistrySimilarDialog(const Subject& fresh, const Subject& registered, int index, int count,
                                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RegistrySimilarDialog"));
    setWindowTitle(tr("Same subject?"));
    auto* intro = new QLabel(tr("A registered subject has a close name (%1 of %2). Is the subject you are "
                                "registering the same as this one?")
                                 .arg(index + 1)
                                 .arg(count),
                             this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    auto* newHeading = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Being registered").toHtmlEscaped()), this);
    auto* oldHeading = new QLabel(
        QStringLiteral("<b>%1</b>").arg(tr("Registered (no. %1)").arg(registered.id).toHtmlEscaped()), this);
    grid->addWidget(newHeading, 0, 1);
    grid->addWidget(oldHeading, 0, 2);
    const auto code = [](const Subject& s) {
        return SubjectIdentity::idTypeName(s.idType) + u' ' + Masking::code(s.idType, s.code);
    };
    const QList<std::pair<QString, std::pair<QString, QString>>> rows = {
        {tr("Name"), {fresh.name, registered.name}},
        {tr("Kind of subject"),
         {ReferenceTerms::subjectKindName(fresh.kind), ReferenceTerms::subjectKindName(registered.kind)}},
        {tr("Code"), {code(fresh), code(registered)}},
        {tr("Legal representative"), {fresh.legalRepresentative, registered.legalRepresentative}},
        {tr("Address"), {fresh.address, registered.address}},
    };
    int r = 1;
    for (const auto& [field, values] : rows) {
        grid->addWidget(new QLabel(field, this), r, 0);
        for (int side = 0; side < 2; ++side) {
            const QString& value = side == 0 ? values.first : values.second;
            auto* label = new QLabel(value, this);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            // Differences stand out; identical values are what makes the question worth asking.
            if (values.first != values.second)
                label->setStyleSheet(QStringLiteral("color: #8a4b00;"));
            grid->addWidget(label, r, side + 1);
        }
        m_lines << QStringLiteral("%1: %2 | %3").arg(field, values.first, values.second);
        ++r;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(18);

    auto* buttons = new QDialogButtonBox(this);
    auto* same = buttons->addButton(tr("Same subject"), QDialogButtonBox::AcceptRole);
    auto* different = buttons->addButton(tr("Different subject"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    same->setObjectName(QStringLiteral("sameButton"));
    different->setObjectName(QStringLiteral("differentButton"));
    connect(same, &QPushButton::clicked, this, [this] {
        m_answer = Answer::Same;
        QDialog::accept();
    });
    connect(different, &QPushButton::clicked, this, [this] {
        m_answer = Answer::Different;
        QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}
