#include "DocumentTemplatesPage.h"

#include "DisplayTime.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentTemplateStore.h"
#include "security/Permissions.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

DocumentTemplatesPage::DocumentTemplatesPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_canEdit(Permissions::allowed(session.actor, Permission::EditSettings))
    , m_kindComboBox(new QComboBox(this))
    , m_historyList(new QListWidget(this))
    , m_fieldsList(new QListWidget(this))
    , m_versionLabel(new QLabel(this))
    , m_titleLineEdit(new QLineEdit(this))
    , m_addresseeLineEdit(new QLineEdit(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_noteLineEdit(new QLineEdit(this))
    , m_errorLabel(makeErrorLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Preview"), this))
    , m_saveButton(new QPushButton(tr("Save as new version"), this))
    , m_reloadButton(new QPushButton(tr("Reload"), this))
    , m_previewPlaceholderLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("DocumentTemplatesPage"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_fieldsList->setObjectName(QStringLiteral("fieldsList"));
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_titleLineEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_addresseeLineEdit->setObjectName(QStringLiteral("addresseeLineEdit"));
    m_bodyEdit->setObjectName(QStringLiteral("bodyEdit"));
    m_noteLineEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_previewPlaceholderLabel->setObjectName(QStringLiteral("previewPlaceholderLabel"));

    for (const auto kind : DocumentKinds::all())
        m_kindComboBox->addItem(DocumentKinds::displayName(kind), DocumentKinds::id(kind));
    m_versionLabel->setWordWrap(true);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_bodyEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_bodyEdit->setToolTip(tr("One paragraph a line. A line starting with \"# \" is a heading (一、), \"## \" a "
                              "sub-heading (（一）). Fields are written in braces, e.g. {当事人名称}."));
    m_fieldsList->setToolTip(tr("Double-click a field to insert it at the cursor in the text."));
    m_noteLineEdit->setPlaceholderText(tr("What changed and why (kept with the version)"));
    m_previewPlaceholderLabel->setText(tr("Preview shows the template filled with sample values, as it prints."));
    m_previewPlaceholderLabel->setAlignment(Qt::AlignCenter);
    m_previewPlaceholderLabel->setWordWrap(true);
    // Everyone who may look sees the same screen; only the administrator can change and save it.
    m_titleLineEdit->setReadOnly(!m_canEdit);
    m_addresseeLineEdit->setReadOnly(!m_canEdit);
    m_bodyEdit->setReadOnly(!m_canEdit);
    m_noteLineEdit->setVisible(m_canEdit);
    m_saveButton->setVisible(m_canEdit);
    m_saveButton->setEnabled(m_canEdit);

    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &DocumentTemplatesPage::loadKind);
    connect(m_historyList, &QListWidget::currentItemChanged, this, &DocumentTemplatesPage::showVersion);
    connect(m_fieldsList, &QListWidget::itemDoubleClicked, this, &DocumentTemplatesPage::insertField);
    connect(m_previewButton, &QPushButton::clicked, this, &DocumentTemplatesPage::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentTemplatesPage::save);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        setModified(false);
        loadKind();
    });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Document:"), side));
    sideLayout->addWidget(m_kindComboBox);
    sideLayout->addWidget(new QLabel(tr("Versions:"), side));
    sideLayout->addWidget(m_historyList, 1);
    sideLayout->addWidget(new QLabel(tr("Fields:"), side));
    sideLayout->addWidget(m_fieldsList, 2);

    auto* editor = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_titleLineEdit);
    form->addRow(tr("Addressee:"), m_addresseeLineEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_reloadButton);
    buttons->addStretch();
    buttons->addWidget(m_noteLineEdit, 2);
    buttons->addWidget(m_saveButton);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_versionLabel);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_bodyEdit, 1);
    editorLayout->addWidget(m_errorLabel);
    editorLayout->addWidget(m_messageLabel);
    editorLayout->addLayout(buttons);

    auto* previewPane = new QWidget(this);
    previewPane->setObjectName(QStringLiteral("previewPane"));
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewPlaceholderLabel);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(editor);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

DocumentTemplatesPage::~DocumentTemplatesPage() = default;

DocumentKind DocumentTemplatesPage::kind() const
{
    return DocumentKinds::parse(m_kindComboBox->currentData().toString()).value_or(DocumentKind::Decision);
}

void DocumentTemplatesPage::refresh()
{
    // Coming back to the page must not throw away what the administrator typed.
    if (!isModified())
        loadKind();
}

void DocumentTemplatesPage::loadKind()
{
    const int shownKind = m_kindComboBox->currentIndex();
    if (shownKind != m_shownKind && m_shownKind >= 0 && isModified()
        && !MessageBoxes::question(this, tr("Document templates"),
                                   tr("The changes to the template are not saved. Discard them?"))) {
        const QSignalBlocker blocker(m_kindComboBox);
        m_kindComboBox->setCurrentIndex(m_shownKind);
        return;
    }
    m_shownKind = shownKind;
    DocumentTemplateStore store(*m_session.db);
    auto history = store.history(kind());
    if (!history || history->isEmpty()) {
        showError(history ? tr("There is no template for this document yet.") : history.error().message);
        m_saveButton->setEnabled(false); // the editors still hold another kind's text
        return;
    }
    m_history = *history;
    m_current = m_history.first();
    {
        const QSignalBlocker blocker(m_historyList);
        m_historyList->clear();
        for (const auto& version : std::as_const(m_history)) {
            auto* item = new QListWidgetItem(
                tr("Version %1 · %2 · %3").arg(version.version).arg(displayTime(version.savedAt), version.savedBy),
                m_historyList);
            item->setData(Qt::UserRole, version.version);
            item->setToolTip(version.note);
        }
    }
    m_fieldsList->clear();
    const QStringList required = DocumentTemplates::requiredFields(kind());
    for (const auto& field : DocumentTemplates::fields()) {
        const bool isRequired = required.contains(field.name);
        auto* item = new QListWidgetItem(
            QStringLiteral("{%1}  %2%3").arg(field.name, field.description, isRequired ? tr(" (required)") : QString()),
            m_fieldsList);
        item->setData(Qt::UserRole, field.name);
        item->setToolTip(field.description);
        if (isRequired) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    showError({});
    m_historyList->setCurrentRow(0);
}

void DocumentTemplatesPage::showVersion(QListWidgetItem* item)
{
    if (!item)
        return;
    const int version = item->data(Qt::UserRole).toInt();
    for (const auto& shown : std::as_const(m_history)) {
        if (shown.version != version)
            continue;
        m_titleLineEdit->setText(shown.title);
        m_addresseeLineEdit->setText(shown.addressee);
        m_bodyEdit->setPlainText(shown.body);
        const bool isCurrent = shown.version == m_current.version;
        // An older version is for reading; what is saved always builds on the current one.
        const bool editable = m_canEdit && isCurrent;
        m_titleLineEdit->setReadOnly(!editable);
        m_addresseeLineEdit->setReadOnly(!editable);
        m_bodyEdit->setReadOnly(!editable);
        m_saveButton->setEnabled(editable);
        m_versionLabel->setText((isCurrent ? tr("Version %1, in use. Saved by %2 on %3: %4")
                                           : tr("Version %1, replaced (read only). Saved by %2 on %3: %4"))
                                    .arg(shown.version)
                                    .arg(shown.savedBy, displayTime(shown.savedAt), shown.note));
        setModified(false);
        preview(); // what the version looks like, without a click
        return;
    }
}

void DocumentTemplatesPage::insertField(QListWidgetItem* item)
{
    if (!item || m_bodyEdit->isReadOnly())
        return;
    m_bodyEdit->insertPlainText(u'{' + item->data(Qt::UserRole).toString() + u'}');
    m_bodyEdit->setFocus();
}

bool DocumentTemplatesPage::isModified() const
{
    return m_titleLineEdit->isModified() || m_addresseeLineEdit->isModified() || m_bodyEdit->document()->isModified();
}

void DocumentTemplatesPage::setModified(bool modified)
{
    m_titleLineEdit->setModified(modified);
    m_addresseeLineEdit->setModified(modified);
    m_bodyEdit->document()->setModified(modified);
}

DocumentTemplate DocumentTemplatesPage::edited() const
{
    DocumentTemplate edited = m_current;
    edited.title = m_titleLineEdit->text();
    edited.addressee = m_addresseeLineEdit->text();
    edited.body = m_bodyEdit->toPlainText();
    edited.note = m_noteLineEdit->text().trimmed();
    return edited;
}

void DocumentTemplatesPage::preview()
{
    m_messageLabel->clear();
    auto content = DocumentTemplateStore(*m_session.db).preview(edited());
    if (!content) {
        m_previewPages = 0;
        if (m_previewWidget)
            m_previewWidget->hide();
        m_previewPlaceholderLabel->show();
        showError(tr("No preview: %1").arg(content.error().message));
        return;
    }
    showError({});
    showPreview(*content);
}

void DocumentTemplatesPage::showPreview(const DocumentContent& content)
{
    m_previewContent = content;
    if (!m_previewWidget) {
        // Made on first use: a printer object asks the print system for its defaults.
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(QPageSize(QPageSize::A4));
        m_previewWidget = new QPrintPreviewWidget(m_printer.get(), m_previewPlaceholderLabel->parentWidget());
        m_previewWidget->setObjectName(QStringLiteral("previewWidget"));
        m_previewPlaceholderLabel->parentWidget()->layout()->addWidget(m_previewWidget);
        connect(m_previewWidget, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
            auto fonts = DocumentFonts::load(*m_session.db);
            auto painted
                = fonts ? DocumentRenderer(*fonts).paint(m_previewContent, *printer) : Result<int>(fonts.error());
            m_previewPages = painted ? *painted : 0;
            if (!painted)
                showError(painted.error().message);
        });
    }
    m_previewPlaceholderLabel->hide();
    // Painted before it is shown: showing it first would paint twice.
    m_previewWidget->updatePreview();
    m_previewWidget->show();
    m_previewWidget->fitToWidth();
}

void DocumentTemplatesPage::save()
{
    if (!m_canEdit)
        return;
    m_messageLabel->clear();
    const DocumentTemplate changed = edited();
    if (changed.note.isEmpty()) {
        showError(tr("Say in a few words what you changed: the note is kept with the version."));
        m_noteLineEdit->setFocus();
        return;
    }
    auto saved = DocumentTemplateStore(*m_session.db).save(m_session.actor, changed);
    if (!saved) {
        showError(saved.error().message);
        // Someone else's version is in use now: say so plainly, and keep the text so nothing typed is lost.
        if (saved.error().kind == Error::Kind::Conflict)
            MessageBoxes::warning(this, tr("Document templates"),
                                  saved.error().message
                                      + tr(" Your text stays in the editor: copy what you need, then Reload."));
        return;
    }
    m_noteLineEdit->clear();
    setModified(false);
    loadKind();
    m_messageLabel->setText(tr("Saved as version %1.").arg(saved->version));
    emit dataChanged();
}

void DocumentTemplatesPage::showError(const QString& text)
{
    showFormError(m_errorLabel, text);
}
