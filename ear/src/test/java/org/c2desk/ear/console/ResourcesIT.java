package org.c2desk.ear.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.c2desk.ear.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's resources (list, page, the administrators' form) and the relations edited from the client and CI
 * pages, in a real headless Chromium, each change checked in the History section. Each test restores what it changed.
 */
class ResourcesIT extends BrowserIT {

    /** The demo's agent.fr (Sophie Tremblay), Julie Gagnon (Boréal Énergie) and the enterprise Northwind Health. */
    private static final String AGENT_FR = "71000000-0000-4000-8000-000000000002";

    private static final String BOREAL_CLIENT = "7c000000-0000-4000-8000-000000000011";
    private static final String NORTHWIND = "72000000-0000-4000-8000-000000000002";
    /** "CI API" of the documentation's seed. */
    private static final String CI_API = "e33ce7a9-cc55-456a-91ec-778c82a4184a";

    private static final String RESOURCES_GROUP = "60000000-0000-4000-8000-000000000002";

    @Test
    void anAgentFindsAResourceByTheBeginningOfANameOrUserNameAndOpensIt() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "agent.en", "pax123");
            browser.open("console/index.xhtml");
            browser.click("a[id='navResources']");
            assertTrue(browser.url().contains("/console/resources.xhtml"), browser.url());

            List<WebElement> rows = search(browser, "tremb");
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).getText().contains("agent.fr"), rows.get(0).getText());
            rows = search(browser, "AGENT.F");
            assertEquals(1, rows.size(), "by the user name, whatever its case");
            assertTrue(
                    rows.get(0).getText().contains("Tremblay, Sophie"),
                    rows.get(0).getText());
            assertTrue(search(browser, "zzz-nobody").isEmpty());
            browser.screenshot("console-resources-searched-en");

            search(browser, "Tremblay");
            browser.click("tbody[id='list:rows_data'] a.c2-resource-link");
            assertTrue(browser.url().contains("/console/resource.xhtml?id=" + AGENT_FR), browser.url());
            assertEquals("Sophie Tremblay", browser.find("span[id='name']").getText());
            assertEquals("agent.fr", browser.find("span[id='userName']").getText());
            assertEquals("French", browser.find("span[id='language']").getText());
            assertTrue(browser.find("[id='groups']").getText().contains("Resources"));
            assertFalse(browser.find("[id='tickets']").getText().contains("None."), "agent.fr has tickets assigned");
        }
    }

    @Test
    void anAdministratorCreatesAResourceADuplicateUserNameIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String lastName = "Created" + unique;
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.open("console/resources.xhtml");
            browser.click("[id='list:newResource'] a");

            fillNewResource(browser, "AGENT.EN", lastName);
            browser.click("button[id='resource:save']");
            assertTrue(browser.url().contains("/console/resource-edit.xhtml"), "nothing saved: " + browser.url());
            String message = browser.find("[id='resource:userNameMessage']").getText();
            assertTrue(message.contains("already has the user name"), message);
            browser.screenshot("console-resource-refused-en");
            assertEquals("Ada", browser.find("input[id='resource:firstName']").getAttribute("value"));
            assertEquals(
                    "0",
                    TestDatabase.queryString("select count(*) from resource where last_name = '" + lastName + "'"));

            // A short password: refused beside the field, nothing saved either.
            fillNewResource(browser, "ada." + unique, lastName);
            browser.type("input[id='resource:password']", "short");
            browser.click("button[id='resource:save']");
            assertTrue(browser.find("[id='resource:passwordMessage']").getText().contains("at least 8"));
            assertEquals(
                    "0",
                    TestDatabase.queryString("select count(*) from resource where last_name = '" + lastName + "'"));

            // An enterprise that is not an id (a tampered form): refused beside the menu, nothing saved either.
            fillNewResource(browser, "ada." + unique, lastName);
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector(\"select[id='resource:enterprise'] option:checked\")"
                            + ".value = 'not-an-id';");
            browser.click("button[id='resource:save']");
            String enterprise =
                    browser.find("[id='resource:enterpriseMessage']").getText();
            assertTrue(enterprise.contains("This is not a valid choice."), enterprise);
            assertEquals(
                    "0",
                    TestDatabase.queryString("select count(*) from resource where last_name = '" + lastName + "'"));

            fillNewResource(browser, "ada." + unique, lastName);
            browser.click("button[id='resource:save']");
            assertTrue(browser.url().contains("/console/resource.xhtml?id="), browser.url());
            assertEquals("ada." + unique, browser.find("span[id='userName']").getText());
            assertTrue(browser.find("[id='groups']").getText().contains("Resources"));
            String history = browser.find("[id='historyCard']").getText();
            assertTrue(
                    history.contains("Created") && history.contains("UserName") && history.contains("Groups"), history);

            // Edited: the last name and the groups change, and the History says so.
            browser.click("a[id='edit']");
            browser.type("input[id='resource:lastName']", lastName + "x");
            browser.find("input[type='checkbox'][value='" + RESOURCES_GROUP + "']")
                    .click();
            browser.click("button[id='resource:save']");
            assertEquals(
                    "Ada " + lastName + "x", browser.find("span[id='name']").getText());
            assertTrue(browser.find("[id='groups']").getText().contains("None."));
            history = browser.find("[id='historyCard']").getText();
            assertTrue(history.contains("LastName") && history.contains(lastName + "x"), history);
            assertTrue(history.contains("RESOURCES"), "the groups before: " + history);

            // The new resource signs in with the password given.
            try (Browser own = new Browser(base.toURI(), "en-US")) {
                own.signIn("console", "ada." + unique, "Secret-" + unique);
                assertTrue(own.url().contains("/console/"), own.url());
                assertFalse(own.url().contains("login"), own.url());

                // Its session follows the account within seconds, however it changes (here straight in the
                // database, as another server of a cluster would change it): made an administrator, it is offered
                // what administrators may do without signing in again; deactivated, its next page is the sign-in.
                By newResource = By.cssSelector("[id='list:newResource']");
                assertTrue(own.open("console/resources.xhtml")
                        .driver()
                        .findElements(newResource)
                        .isEmpty());
                String account = "(select id from resource where user_name = 'ada." + unique + "')";
                TestDatabase.execute("insert into group_member (group_id, resource_id) select id, " + account
                        + " from security_group where is_system");
                own.waiting()
                        .until(d -> !own.open("console/resources.xhtml")
                                .driver()
                                .findElements(newResource)
                                .isEmpty());
                TestDatabase.execute("update resource set is_active = false where id = " + account);
                own.waiting().until(d -> own.open("console/index.xhtml").url().contains("/console/login.xhtml"));
            }
        } finally {
            String id = "(select id from resource where last_name like '" + lastName + "%')";
            TestDatabase.execute("delete from audit_entry where object_id in " + id);
            TestDatabase.execute("delete from group_member where resource_id in " + id);
            TestDatabase.execute("delete from resource where id in " + id);
        }
    }

    @Test
    void anAgentWhoIsNotAnAdministratorSeesResourcesButCannotCreateOrEditThem() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "agent.en", "pax123");
            browser.open("console/resources.xhtml");
            browser.find("tbody[id='list:rows_data']");
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("[id='list:newResource']"))
                    .isEmpty());
            browser.open("console/resource.xhtml?id=" + AGENT_FR);
            assertEquals("Sophie Tremblay", browser.find("span[id='name']").getText());
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("a[id='edit']"))
                    .isEmpty());

            browser.open("console/resource-edit.xhtml?id=" + AGENT_FR);
            assertTrue(browser.text().contains("Only administrators may create or change resources."), browser.text());
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("input[id='resource:userName']"))
                    .isEmpty());
            browser.open("console/resource-edit.xhtml");
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("form[id='resource']"))
                    .isEmpty());
        }
        assertEquals(
                "agent.fr", TestDatabase.queryString("select user_name from resource where id = '" + AGENT_FR + "'"));
    }

    @Test
    void anAgentAddsAndRemovesAClientsEnterpriseAndCannotRemoveTheLastOne() throws Exception {
        String start = TestDatabase.queryString("select now()");
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "agent.en", "pax123");
            browser.open("console/client.xhtml?id=" + BOREAL_CLIENT);
            new Select(browser.find("select[id='enterprisesForm:enterpriseToAdd']"))
                    .selectByVisibleText("Northwind Health");
            browser.click("button[id='enterprisesForm:addEnterprise']");
            assertTrue(browser.find("[id='enterprises'] ul").getText().contains("Northwind Health"));
            assertEquals(
                    "1",
                    TestDatabase.queryString("select count(*) from client_enterprise where client_id = '"
                            + BOREAL_CLIENT + "' and enterprise_id = '" + NORTHWIND + "'"));
            String history = browser.find("[id='historyCard']").getText();
            assertTrue(
                    history.contains("Enterprises") && history.contains("Boréal Énergie *, Northwind Health"), history);
            browser.screenshot("console-client-enterprises-en");

            // Nothing chosen: refused beside the choice.
            browser.click("button[id='enterprisesForm:addEnterprise']");
            assertTrue(browser.find("[id='enterprisesForm:enterpriseToAddMessage']")
                    .getText()
                    .contains("required"));

            removeEnterprise(browser, "Northwind Health");
            assertFalse(browser.find("[id='enterprises'] ul").getText().contains("Northwind Health"));
            removeEnterprise(browser, "Boréal Énergie");
            assertTrue(browser.find("[id='enterprisesForm:enterpriseToAddMessage']")
                    .getText()
                    .contains("one enterprise at least"));
            assertTrue(browser.find("[id='enterprises'] ul").getText().contains("Boréal Énergie"));
        } finally {
            TestDatabase.execute("delete from client_enterprise where client_id = '" + BOREAL_CLIENT
                    + "' and enterprise_id = '" + NORTHWIND + "'");
            TestDatabase.execute("delete from audit_entry where object_id = '" + BOREAL_CLIENT + "' and actor_name ="
                    + " 'agent.en' and occurred_on >= '" + start + "'");
        }
        assertEquals(
                "1",
                TestDatabase.queryString(
                        "select count(*) from client_enterprise where client_id = '" + BOREAL_CLIENT + "'"));
    }

    @Test
    void anAgentChangesACisOwnerAndClientsAndDeletesOneOfItsRelations() throws Exception {
        String ciName = "Owned CI " + Long.toString(System.nanoTime(), 36);
        String start = TestDatabase.queryString("select now()");
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "agent.en", "pax123");
            browser.open("console/ci-edit.xhtml");
            browser.type("input[id='ci:englishName']", ciName);
            new Select(browser.find("select[id='ci:folder']")).selectByVisibleText("Inventory");
            new Select(browser.find("select[id='ci:category']")).selectByVisibleText("General");
            browser.click("button[id='ci:save']");
            assertTrue(browser.url().contains("/console/ci.xhtml?id="), browser.url());

            // An owner: picked among the clients, shown, audited.
            browser.pick("input[id='ownerForm:ownerToSet_input']", "Gagnon", "Julie Gagnon");
            browser.click("button[id='ownerForm:setOwner']");
            assertEquals("Julie Gagnon", browser.find("a[id='owner']").getText());
            // Nothing picked: refused beside the field, the owner kept.
            browser.click("button[id='ownerForm:setOwner']");
            assertTrue(
                    browser.find("[id='ownerForm:ownerToSetMessage']").getText().contains("required"));
            assertEquals("Julie Gagnon", browser.find("a[id='owner']").getText());

            // A client added, then removed.
            browser.pick("input[id='ciClients:clientToAdd_input']", "Bouchard", "Marc-André Bouchard");
            browser.click("button[id='ciClients:addClient']");
            assertTrue(browser.find("[id='clients']").getText().contains("Marc-André Bouchard"));
            browser.click("a[id$='removeClient']");
            assertFalse(browser.find("[id='clients']").getText().contains("Marc-André Bouchard"));

            // Related to "CI API", then the relation deleted: gone from the graph, UNRELATED in the History.
            browser.pick("input[id='relate:relatedCi_input']", "CI API", "· CI API");
            new Select(browser.find("select[id='relate:relationType']")).selectByVisibleText("Depends on");
            browser.click("button[id='relate:relateButton']");
            assertTrue(browser.find("[id='graph']").getText().contains("CI API"));
            WebElement delete = browser.find("a[id$='unrelate']");
            delete.click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waiting().until(ExpectedConditions.stalenessOf(delete));
            assertFalse(browser.find("[id='graph']").getText().contains("CI API"));
            assertTrue(browser.text().contains("This CI is not related to other CIs yet."));

            String history = browser.find("[id='historyCard']").getText();
            assertTrue(history.contains("OwnerId"), history);
            assertTrue(history.contains("Clients") && history.contains("Marc-André Bouchard"), history);
            assertTrue(history.contains("Unrelated") && history.contains("Related"), history);
            browser.screenshot("console-ci-edited-relations-en");
            assertEquals(
                    "0",
                    TestDatabase.queryString("select count(*) from ci_relation r join configuration_item ci"
                            + " on ci.id = r.from_ci_id where ci.english_name = '" + ciName + "'"));
            assertNull(TestDatabase.queryString(
                    "select c.client_id from ci_client c join configuration_item ci on ci.id = c.ci_id"
                            + " where ci.english_name = '" + ciName + "'"));
        } finally {
            String id = "(select id from configuration_item where english_name = '" + ciName + "')";
            TestDatabase.execute("delete from audit_entry where object_id in " + id);
            TestDatabase.execute("delete from audit_entry where object_id = '" + CI_API
                    + "' and actor_name = 'agent.en'" + " and occurred_on >= '" + start + "'");
            TestDatabase.execute("delete from ci_relation where from_ci_id in " + id + " or to_ci_id in " + id);
            TestDatabase.execute("delete from ci_client where ci_id in " + id);
            TestDatabase.execute("delete from configuration_item where id in " + id);
        }
    }

    @Test
    void screenshotsOfTheResourceListAndAResourceInEnglishAndFrench() throws Exception {
        for (String language : List.of("en-US", "fr-CA")) {
            String suffix = language.substring(0, 2);
            try (Browser browser = new Browser(base.toURI(), language)) {
                browser.signIn("console", "admin", "pax123");
                if (suffix.equals("fr")) {
                    browser.click("a[id='header:language']");
                }
                browser.open("console/resources.xhtml");
                browser.find("tbody[id='list:rows_data'] a.c2-resource-link");
                browser.screenshot("console-resources-" + suffix);
                browser.open("console/resource.xhtml?id=" + AGENT_FR);
                browser.find("span[id='userName']");
                browser.screenshot("console-resource-" + suffix);
                assertTrue(browser.text().contains(suffix.equals("fr") ? "Billets assignés" : "Tickets assigned"));
                if (suffix.equals("fr")) {
                    browser.click("a[id='header:language']"); // the choice is remembered: admin back to English
                }
            }
        }
    }

    private static void fillNewResource(Browser browser, String userName, String lastName) {
        browser.type("input[id='resource:firstName']", "Ada");
        browser.type("input[id='resource:lastName']", lastName);
        browser.type("input[id='resource:userName']", userName);
        browser.type("input[id='resource:email']", "ada@example.org");
        browser.type("input[id='resource:password']", "Secret-" + lastName.substring("Created".length()));
        new Select(browser.find("select[id='resource:enterprise']")).selectByVisibleText("Northwind Health");
        WebElement group = browser.find("input[type='checkbox'][value='" + RESOURCES_GROUP + "']");
        if (!group.isSelected()) {
            group.click();
        }
    }

    private static void removeEnterprise(Browser browser, String name) {
        browser.click("a[title='Remove " + name + "']");
    }

    /** Searches the resource list and answers its rows (none when it says "None."). */
    private static List<WebElement> search(Browser browser, String text) {
        browser.type("input[id='list:q']", text);
        WebElement before = browser.find("tbody[id='list:rows_data']");
        browser.find("button[id='list:searchButton']").click();
        browser.waiting().until(ExpectedConditions.stalenessOf(before));
        return browser.driver().findElements(By.cssSelector("tbody[id='list:rows_data'] tr")).stream()
                .filter(tr -> !tr.getText().contains("None."))
                .toList();
    }
}
