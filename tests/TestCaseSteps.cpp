// The declarations of what each step asks (Transition::inputs): sound for every case type, and the one
// check the engine, the dialog and creditctl share.
#include "cases/Case.h"
#include "cases/CaseType.h"

#include <QSet>
#include <QTest>

class TestCaseSteps : public QObject
{
    Q_OBJECT

private slots:
    void everyDeclarationIsComplete()
    {
        const QDate today(2026, 12, 3);
        for (const CaseType& type : CaseTypes::all()) {
            for (const Transition& transition : type.transitions) {
                const QString where = type.id + u'/' + transition.id;
                QSet<QString> names;
                for (const StepInput& input : transition.inputs) {
                    QVERIFY2(!input.name.isEmpty() && !names.contains(input.name), qPrintable(where));
                    names.insert(input.name);
                    QVERIFY2(input.label, qPrintable(where + u'/' + input.name));
                    if (input.kind == StepInput::Kind::Choice) {
                        QVERIFY2(!input.choices.isEmpty(), qPrintable(where + u'/' + input.name));
                        for (const StepChoice& choice : input.choices)
                            QVERIFY2(!choice.id.isEmpty() && choice.label, qPrintable(where + u'/' + choice.id));
                    }
                }
                // What the detail view asks the guards with must pass the declarations themselves.
                const auto sample = CaseTypes::sampleInput(transition, today);
                QVERIFY2(CaseTypes::checkInput(transition, sample), qPrintable(where));
            }
        }
    }

    void inputsAreCheckedAgainstTheDeclaration_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("says");
        QTest::newRow("complete") << "期满"
                                  << "ground"
                                  << "early" << true << "";
        QTest::newRow("note missing") << "  "
                                      << "ground"
                                      << "early" << false << "Reasons";
        QTest::newRow("ground missing") << "期满"
                                        << ""
                                        << "" << false << "Ground";
        QTest::newRow("ground not a choice") << "期满"
                                             << "ground"
                                             << "someday" << false << "period_end";
        QTest::newRow("unknown input") << "期满"
                                       << "grund"
                                       << "early" << false << "grund";
    }

    void inputsAreCheckedAgainstTheDeclaration()
    {
        QFETCH(QString, note);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(QString, says);
        const CaseType* listing = CaseTypes::find(QStringLiteral("listing"));
        QVERIFY(listing);
        const Transition* remove = listing->transition(QStringLiteral("remove"));
        QVERIFY(remove);
        TransitionInput input;
        input.note = note;
        if (!field.isEmpty())
            input.fields.insert(field, value);
        const Status checked = CaseTypes::checkInput(*remove, input);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted)
            QVERIFY2(checked.error().message.contains(says), qPrintable(checked.error().message));
    }

    void aChoiceIsNamedByItsLabel()
    {
        QCOMPARE(CaseTypes::choiceLabel(QStringLiteral("listing"), QStringLiteral("ground"), QStringLiteral("early")),
                 QStringLiteral("Early removal under the list's rule"));
        QCOMPARE(CaseTypes::choiceLabel(QStringLiteral("listing"), QStringLiteral("ground"), QStringLiteral("x")),
                 QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestCaseSteps)
#include "TestCaseSteps.moc"
