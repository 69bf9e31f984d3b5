#include "AboutDialog.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(Database& db, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About CreditDesk"));
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<h2>CreditDesk %1</h2><p>信用业务办理平台 — case handling for the social credit office: "
                     "serious-dishonesty listing, objections, credit repair and information-query registration, "
                     "under 国办发〔2020〕49号 and the city's implementation opinion.</p>"
                     "<p>Database: %2<br>Schema version: %3<br>Qt %4</p>")
                      .arg(QStringLiteral(CREDITDESK_VERSION), db.url().toString().toHtmlEscaped())
                      .arg(db.schemaVersion())
                      .arg(QString::fromLatin1(qVersion())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}
