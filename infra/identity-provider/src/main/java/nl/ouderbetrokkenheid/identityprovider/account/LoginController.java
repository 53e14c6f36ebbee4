package nl.ouderbetrokkenheid.identityprovider.account;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch login page listing the demo accounts, and a landing page for people who log in directly. */
@Controller
class LoginController {

	private final DemoAccounts accounts;

	LoginController(DemoAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("accounts", this.accounts.named());
		model.addAttribute("numberedMembers", DemoAccounts.NUMBERED_MEMBERS);
		model.addAttribute("password", DemoAccounts.PASSWORD);
		return "login";
	}

	@GetMapping("/")
	String home(Principal principal, Model model) {
		model.addAttribute("username", principal.getName());
		return "home";
	}

}
